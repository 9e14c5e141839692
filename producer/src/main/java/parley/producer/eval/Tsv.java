package parley.producer.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * Tab-separated records as Python's csv module reads them (excel dialect, tab delimiter): a field that starts with a
 * double quote is quoted ("" inside is one quote, delimiters and line breaks are literal); a blank line is an empty
 * record. Lines end at \n, \r\n or \r.
 */
final class Tsv {
    private Tsv() { }

    private enum State { START_RECORD, START_FIELD, IN_FIELD, IN_QUOTED, QUOTE_IN_QUOTED }

    static List<List<String>> parse(String s) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        State st = State.START_RECORD;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            boolean eol = c == '\n' || c == '\r';
            if (eol && c == '\r' && i + 1 < n && s.charAt(i + 1) == '\n' && st != State.IN_QUOTED) i++;
            switch (st) {
                case START_RECORD, START_FIELD -> {
                    if (eol) {
                        if (st == State.START_FIELD) row.add("");     // "a\t" then newline: an empty last field
                        rows.add(row);
                        row = new ArrayList<>();
                        st = State.START_RECORD;
                    } else if (c == '"') st = State.IN_QUOTED;
                    else if (c == '\t') {
                        row.add("");
                        st = State.START_FIELD;
                    } else {
                        field.append(c);
                        st = State.IN_FIELD;
                    }
                }
                case IN_FIELD -> {
                    if (eol) {
                        row.add(field.toString());
                        field.setLength(0);
                        rows.add(row);
                        row = new ArrayList<>();
                        st = State.START_RECORD;
                    } else if (c == '\t') {
                        row.add(field.toString());
                        field.setLength(0);
                        st = State.START_FIELD;
                    } else field.append(c);
                }
                case IN_QUOTED -> {
                    if (c == '"') st = State.QUOTE_IN_QUOTED;
                    else field.append(c);
                }
                case QUOTE_IN_QUOTED -> {
                    if (c == '"') {
                        field.append('"');
                        st = State.IN_QUOTED;
                    } else if (c == '\t') {
                        row.add(field.toString());
                        field.setLength(0);
                        st = State.START_FIELD;
                    } else if (eol) {
                        row.add(field.toString());
                        field.setLength(0);
                        rows.add(row);
                        row = new ArrayList<>();
                        st = State.START_RECORD;
                    } else {
                        field.append(c);
                        st = State.IN_FIELD;
                    }
                }
            }
        }
        // the last line without a line break ends like one; an unterminated quoted field keeps what it has
        if (st != State.START_RECORD) {
            if (st == State.START_FIELD) row.add("");
            else row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
