package org.practiceworkbook.assessment;

import java.util.Arrays;

/**
 * Roles gathered into the groups a practice compares: how differently do the partners, the managers and the nurses
 * see the practice? Small groups of one role each would say more about a person than about a role.
 */
public enum RoleGroup {
    PARTNERS("Partners", Role.GP_PARTNER, Role.NON_GP_PARTNER),
    SALARIED_GPS("Salaried GPs", Role.SALARIED_GP),
    MANAGERS("Managers", Role.PRACTICE_MANAGER),
    NURSES("Nurses", Role.NURSE),
    ADMIN("Admin staff", Role.ADMIN),
    OTHERS("PCN and others", Role.PCN_OR_FEDERATION_STAFF, Role.OTHER);

    private final String label;
    private final Role[] roles;

    RoleGroup(String label, Role... roles) {
        this.label = label;
        this.roles = roles;
    }

    public String label() {
        return label;
    }

    public static RoleGroup of(Role role) {
        return Arrays.stream(values()).filter(g -> Arrays.asList(g.roles).contains(role)).findFirst().orElseThrow();
    }

    @Override
    public String toString() {
        return label;
    }
}
