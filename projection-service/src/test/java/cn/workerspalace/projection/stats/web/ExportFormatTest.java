package cn.workerspalace.projection.stats.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.workerspalace.projection.web.InvalidParameterException;
import org.junit.jupiter.api.Test;
import org.springframework.web.HttpMediaTypeNotAcceptableException;

class ExportFormatTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Test
    void no_accept_header_and_a_wildcard_answer_json() throws Exception {
        assertThat(ExportFormat.negotiate(null, null)).isEqualTo(ExportFormat.JSON);
        assertThat(ExportFormat.negotiate(null, "*/*")).isEqualTo(ExportFormat.JSON);
        assertThat(ExportFormat.negotiate(null, "text/html,application/xhtml+xml,*/*;q=0.8"))
                .isEqualTo(ExportFormat.JSON);
    }

    @Test
    void the_accept_header_picks_csv_or_xlsx() throws Exception {
        assertThat(ExportFormat.negotiate(null, "text/csv")).isEqualTo(ExportFormat.CSV);
        assertThat(ExportFormat.negotiate(null, XLSX)).isEqualTo(ExportFormat.XLSX);
        assertThat(ExportFormat.negotiate(null, "application/json;q=0.5, " + XLSX)).isEqualTo(ExportFormat.XLSX);
        assertThat(ExportFormat.negotiate(null, "*/*;q=0.1, text/csv")).isEqualTo(ExportFormat.CSV);
    }

    @Test
    void the_format_parameter_wins_over_the_accept_header() throws Exception {
        assertThat(ExportFormat.negotiate("csv", "application/json")).isEqualTo(ExportFormat.CSV);
        assertThat(ExportFormat.negotiate("XLSX", null)).isEqualTo(ExportFormat.XLSX);
        assertThat(ExportFormat.negotiate("json", "text/csv")).isEqualTo(ExportFormat.JSON);
    }

    @Test
    void an_unknown_format_is_a_bad_parameter_and_an_unmet_accept_header_is_not_acceptable() {
        assertThatThrownBy(() -> ExportFormat.negotiate("pdf", null)).isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("format");
        assertThatThrownBy(() -> ExportFormat.negotiate(null, "application/pdf"))
                .isInstanceOf(HttpMediaTypeNotAcceptableException.class);
    }
}
