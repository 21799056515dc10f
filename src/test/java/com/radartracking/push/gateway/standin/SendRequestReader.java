package com.radartracking.push.gateway.standin;

/**
 * Finds the target of an FCM v1 send request ({@code {"message": {"token" | "fid": …}}}) in its JSON
 * body without a JSON library, so the stand-in runs from source on a bare JDK. It walks the whole
 * document (so malformed JSON is caught, as FCM would answer it with 400) but keeps only the two
 * strings it needs: a data value named "token" deeper down is not mistaken for the target.
 */
final class SendRequestReader {

    /** What a request addressed: {@code kind} is "token" or "fid"; both null when it named neither. */
    record Target(String kind, String value) {
    }

    static final class MalformedJson extends Exception {
        MalformedJson(String message) {
            super(message, null, false, false);
        }
    }

    private final String json;
    private int pos;
    private String kind;
    private String value;

    private SendRequestReader(String json) {
        this.json = json;
    }

    static Target read(String json) throws MalformedJson {
        SendRequestReader reader = new SendRequestReader(json);
        reader.skipSpace();
        reader.value(0, null);
        reader.skipSpace();
        if (reader.pos != json.length()) {
            throw new MalformedJson("trailing characters at " + reader.pos);
        }
        return new Target(reader.kind, reader.value);
    }

    /** Reads one value; {@code depth} 1 with parent "message" is where the target lives. */
    private void value(int depth, String parentKey) throws MalformedJson {
        char c = peek();
        if (c == '{') {
            pos++;
            skipSpace();
            if (peek() == '}') {
                pos++;
                return;
            }
            while (true) {
                skipSpace();
                String key = string();
                skipSpace();
                expect(':');
                skipSpace();
                boolean target = depth == 1 && "message".equals(parentKey) && ("token".equals(key) || "fid".equals(key));
                if (target && peek() == '"') {
                    kind = key;
                    value = string();
                } else {
                    value(depth + 1, key);
                }
                skipSpace();
                if (peek() == ',') {
                    pos++;
                    continue;
                }
                expect('}');
                return;
            }
        } else if (c == '[') {
            pos++;
            skipSpace();
            if (peek() == ']') {
                pos++;
                return;
            }
            while (true) {
                skipSpace();
                value(depth + 1, null);
                skipSpace();
                if (peek() == ',') {
                    pos++;
                    continue;
                }
                expect(']');
                return;
            }
        } else if (c == '"') {
            string();
        } else {
            int start = pos;
            while (pos < json.length() && "-+.eE0123456789truefalsn".indexOf(json.charAt(pos)) >= 0) {
                pos++;
            }
            if (start == pos) {
                throw new MalformedJson("unexpected '" + c + "' at " + pos);
            }
        }
    }

    private String string() throws MalformedJson {
        expect('"');
        StringBuilder out = null;
        int start = pos;
        while (pos < json.length()) {
            char c = json.charAt(pos);
            if (c == '"') {
                String s = out == null ? json.substring(start, pos) : out.append(json, start, pos).toString();
                pos++;
                return s;
            }
            if (c == '\\') {
                if (out == null) {
                    out = new StringBuilder();
                }
                out.append(json, start, pos);
                pos++;
                char e = peek();
                if (e == 'u') {
                    out.append((char) Integer.parseInt(json.substring(pos + 1, pos + 5), 16));
                    pos += 5;
                } else {
                    out.append(switch (e) {
                        case 'n' -> '\n';
                        case 't' -> '\t';
                        case 'r' -> '\r';
                        case 'b' -> '\b';
                        case 'f' -> '\f';
                        default -> e;
                    });
                    pos++;
                }
                start = pos;
            } else {
                pos++;
            }
        }
        throw new MalformedJson("unterminated string");
    }

    private char peek() throws MalformedJson {
        if (pos >= json.length()) {
            throw new MalformedJson("unexpected end");
        }
        return json.charAt(pos);
    }

    private void expect(char c) throws MalformedJson {
        if (peek() != c) {
            throw new MalformedJson("expected '" + c + "' at " + pos);
        }
        pos++;
    }

    private void skipSpace() {
        while (pos < json.length() && Character.isWhitespace(json.charAt(pos))) {
            pos++;
        }
    }
}
