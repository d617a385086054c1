package org.practiceworkbook.assessment;

/**
 * How a round's workshop shows what people scored.
 *
 * @param revealed              whether individual scores may be seen yet: hidden while people score in turn
 * @param namesShown            whether notes and scores carry names; by default they carry only roles
 * @param partnersOnlyIncluded  whether the whole team's view shows the sections marked "partners only"
 */
public record WorkshopSettings(boolean revealed, boolean namesShown, boolean partnersOnlyIncluded) {

    public static final WorkshopSettings PRIVATE = new WorkshopSettings(false, false, false);
}
