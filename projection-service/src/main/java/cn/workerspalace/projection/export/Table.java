package cn.workerspalace.projection.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A table to export: a title (the sheet's name), its columns, its rows and a totals row (null for none). A cell is
 * a {@link String}, a {@link Number} or null (empty).
 */
public record Table(String title, List<Column> columns, List<List<Object>> rows, List<Object> totals) {

    public enum Kind {
        /** Free text, written as text whatever it looks like. */
        TEXT,
        /** A whole number. */
        COUNT,
        /** An amount of yuan, two decimals. */
        MONEY
    }

    public record Column(String header, Kind kind) {
    }

    public Table {
        Objects.requireNonNull(title, "title");
        columns = List.copyOf(columns);
        rows = rows.stream().map(Table::copy).toList();
        totals = totals == null ? null : copy(totals);
        for (List<Object> row : rows) {
            requireWidth(row, columns.size());
        }
        if (totals != null) {
            requireWidth(totals, columns.size());
        }
    }

    /** A table built row by row. */
    public static Builder titled(String title) {
        return new Builder(title);
    }

    private static List<Object> copy(List<Object> cells) {
        // List.copyOf refuses nulls, and an empty cell is null
        return java.util.Collections.unmodifiableList(new ArrayList<>(cells));
    }

    private static void requireWidth(List<Object> row, int width) {
        if (row.size() != width) {
            throw new IllegalArgumentException("a row of " + row.size() + " cells in a table of " + width
                    + " columns");
        }
    }

    public static final class Builder {
        private final String title;
        private final List<Column> columns = new ArrayList<>();
        private final List<List<Object>> rows = new ArrayList<>();
        private List<Object> totals;

        private Builder(String title) {
            this.title = title;
        }

        public Builder column(String header, Kind kind) {
            columns.add(new Column(header, kind));
            return this;
        }

        public Builder row(List<Object> cells) {
            rows.add(cells);
            return this;
        }

        public Builder totals(List<Object> cells) {
            totals = cells;
            return this;
        }

        public Table build() {
            return new Table(title, columns, rows, totals);
        }
    }
}
