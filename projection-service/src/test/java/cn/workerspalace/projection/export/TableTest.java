package cn.workerspalace.projection.export;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.workerspalace.projection.export.Table.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableTest {

    @Test
    void a_row_of_another_width_than_the_columns_is_refused() {
        assertThatThrownBy(() -> Table.titled("t").column("城市", Kind.TEXT).column("开班数", Kind.COUNT)
                .row(List.of("济南市")).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 cells in a table of 2 columns");
    }
}
