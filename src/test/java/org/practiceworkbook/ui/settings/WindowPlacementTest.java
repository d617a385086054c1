package org.practiceworkbook.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javafx.geometry.Rectangle2D;

import org.junit.jupiter.api.Test;

/** The window comes back where it was, unless no screen now shows it: then it comes to the primary screen. */
class WindowPlacementTest {

    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1366, 728);          // task bar below
    private static final Rectangle2D LEFT_MONITOR = new Rectangle2D(-1920, 0, 1920, 1040);

    @Test
    void a_window_on_a_screen_there_now_stays_where_it_was() {
        var onMonitor = new WindowBounds(-1800, 100, 1200, 800, false);
        var onLaptop = new WindowBounds(50, 30, 1000, 650, true);

        assertThat(WindowPlacement.place(onMonitor, List.of(LAPTOP, LEFT_MONITOR), LAPTOP)).isEqualTo(onMonitor);
        assertThat(WindowPlacement.place(onLaptop, List.of(LAPTOP), LAPTOP)).isEqualTo(onLaptop);
    }

    @Test
    void a_window_on_a_monitor_since_unplugged_comes_to_the_primary_screen_centred_and_no_larger() {
        var onMonitor = new WindowBounds(-1800, 100, 1600, 900, true);

        var placed = WindowPlacement.place(onMonitor, List.of(LAPTOP), LAPTOP);

        assertThat(placed).isEqualTo(new WindowBounds(0, 0, 1366, 728, true));
        var small = WindowPlacement.place(new WindowBounds(-1500, 200, 800, 500, false), List.of(LAPTOP), LAPTOP);
        assertThat(small).isEqualTo(new WindowBounds(283, 114, 800, 500, false));
    }

    @Test
    void a_window_hanging_off_an_edge_stays_if_its_title_bar_can_still_be_caught() {
        var mostlyOffRight = new WindowBounds(1200, 100, 1000, 600, false);       // 166 px of title bar showing
        var titleAboveTheTop = new WindowBounds(100, -200, 1000, 600, false);     // body visible, title bar not
        var slitOnTheRight = new WindowBounds(1330, 100, 1000, 600, false);       // 36 px: too little to grab

        assertThat(WindowPlacement.place(mostlyOffRight, List.of(LAPTOP), LAPTOP)).isEqualTo(mostlyOffRight);
        assertThat(WindowPlacement.place(titleAboveTheTop, List.of(LAPTOP), LAPTOP).y()).isEqualTo(64);
        assertThat(WindowPlacement.place(slitOnTheRight, List.of(LAPTOP), LAPTOP).x()).isEqualTo(183);
    }

    @Test
    void a_window_larger_than_the_screen_it_is_on_now_shrinks_to_fit_it_so_its_edges_can_be_caught() {
        // Last sized on a 1920 x 1040 monitor; the laptop's own smaller screen now shows its title bar.
        var large = new WindowBounds(100, 50, 1700, 950, true);
        var tall = new WindowBounds(200, 20, 900, 1000, false);

        assertThat(WindowPlacement.place(large, List.of(LAPTOP), LAPTOP)).isEqualTo(new WindowBounds(0, 0, 1366, 728,
                true));
        assertThat(WindowPlacement.place(tall, List.of(LAPTOP), LAPTOP)).isEqualTo(new WindowBounds(200, 0, 900, 728,
                false));
        // On the monitor, still there, it fits and stays.
        var onMonitor = new WindowBounds(-1800, 50, 1700, 950, false);
        assertThat(WindowPlacement.place(onMonitor, List.of(LAPTOP, LEFT_MONITOR), LAPTOP)).isEqualTo(onMonitor);
    }

    @Test
    void a_window_spanning_two_screens_stays_when_one_of_them_shows_its_title_bar() {
        var spanning = new WindowBounds(-600, 50, 1200, 700, false);

        assertThat(WindowPlacement.place(spanning, List.of(LAPTOP, LEFT_MONITOR), LAPTOP)).isEqualTo(spanning);
        assertThat(WindowPlacement.place(spanning, List.of(LAPTOP), LAPTOP)).isEqualTo(spanning);
    }

    @Test
    void a_window_stretched_across_two_screens_wider_than_either_stays_as_it_is() {
        var stretched = new WindowBounds(-1500, 50, 2800, 650, false);

        assertThat(WindowPlacement.place(stretched, List.of(LAPTOP, LEFT_MONITOR), LAPTOP)).isEqualTo(stretched);
    }

    @Test
    void a_window_snapped_to_a_screen_with_the_few_pixels_of_border_windows_counts_is_left_alone() {
        var snapped = new WindowBounds(-7, 0, 697, 735, false);

        assertThat(WindowPlacement.place(snapped, List.of(LAPTOP), LAPTOP)).isEqualTo(snapped);
    }
}
