package com.radartracking.customers.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An uploaded file copied to a temporary file in 64 KiB steps (never held in memory), with its size
 * capped, its SHA-256 computed and its text encoding settled before any row is read: a byte-order mark
 * decides (UTF-8, UTF-16); otherwise the requested charset is checked strictly, and with
 * {@code auto} a file that is not valid UTF-8 but is valid Windows-1252 (what Excel on Windows saves
 * as "CSV") is read as such, and the report says so. Delete it with {@link #close()}.
 */
public final class SpooledUpload implements AutoCloseable {

    private static final int BLOCK = 1 << 16;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** Thrown when the body goes beyond the limit. */
    public static final class TooLarge extends IOException {
        public TooLarge(long limit) {
            super("The file exceeds the limit of " + limit + " bytes");
        }
    }

    /** The file cannot be read as text; {@code line} is 1-based, 0 when not about a line. */
    public record Unreadable(String reason, String message, long line) {
    }

    private final Path path;
    private final long size;
    private final String sha256;
    private Charset charset;
    private int bomLength;
    private boolean detected;
    private Unreadable unreadable;

    private SpooledUpload(Path path, long size, String sha256) {
        this.path = path;
        this.size = size;
        this.sha256 = sha256;
    }

    /**
     * Copies {@code body} (at most {@code maxBytes}) and settles its encoding; {@code requested} is
     * {@code auto} (or null), {@code utf-8}, {@code windows-1252}, {@code iso-8859-1} or {@code utf-16}.
     */
    public static SpooledUpload spool(InputStream body, long maxBytes, String requested) throws IOException {
        Charset wanted = requestedCharset(requested);
        Path path = Files.createTempFile("radar-import-", ".csv");
        try {
            MessageDigest digest = newDigest();
            long size = 0;
            try (OutputStream out = Files.newOutputStream(path)) {
                byte[] buffer = new byte[BLOCK];
                int read;
                while ((read = body.read(buffer)) != -1) {
                    size += read;
                    if (size > maxBytes) {
                        throw new TooLarge(maxBytes);
                    }
                    digest.update(buffer, 0, read);
                    out.write(buffer, 0, read);
                }
            }
            SpooledUpload upload = new SpooledUpload(path, size, HexFormat.of().formatHex(digest.digest()));
            upload.settleEncoding(wanted);
            return upload;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(path);
            throw e;
        }
    }

    private static Charset requestedCharset(String requested) {
        if (requested == null || requested.isBlank() || requested.equalsIgnoreCase("auto")) {
            return null;
        }
        return switch (requested.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "utf-8", "utf8" -> StandardCharsets.UTF_8;
            case "windows-1252", "cp1252", "ansi" -> WINDOWS_1252;
            case "iso-8859-1", "latin1", "latin-1" -> StandardCharsets.ISO_8859_1;
            case "utf-16" -> StandardCharsets.UTF_16;
            default -> throw new IllegalArgumentException(
                    "charset must be auto, utf-8, windows-1252, iso-8859-1 or utf-16");
        };
    }

    private void settleEncoding(Charset wanted) throws IOException {
        byte[] head = new byte[4];
        int headLength;
        try (InputStream in = Files.newInputStream(path)) {
            headLength = in.readNBytes(head, 0, 4);
        }
        if (size == 0) {
            unreadable = new Unreadable("EMPTY_FILE", "The file is empty", 0);
            return;
        }
        if (headLength >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            unreadable = new Unreadable("NOT_CSV", "This is a ZIP file (an Excel .xlsx workbook?), not CSV: save it"
                    + " as \"CSV UTF-8 (comma delimited)\" and upload that", 0);
            return;
        }
        if (headLength >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            use(StandardCharsets.UTF_8, 3, wanted != null && wanted != StandardCharsets.UTF_8);
        } else if (headLength >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            use(StandardCharsets.UTF_16LE, 2, wanted != StandardCharsets.UTF_16);
        } else if (headLength >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            use(StandardCharsets.UTF_16BE, 2, wanted != StandardCharsets.UTF_16);
        } else if (wanted != null) {
            use(wanted == StandardCharsets.UTF_16 ? StandardCharsets.UTF_16BE : wanted, 0, false);
        } else {
            use(StandardCharsets.UTF_8, 0, false);
            if (unreadable != null && "ENCODING".equals(unreadable.reason())) {
                Unreadable asUtf8 = unreadable;
                unreadable = null;
                use(WINDOWS_1252, 0, true);
                if (unreadable != null) {
                    unreadable = asUtf8;
                    detected = false;
                }
            }
        }
    }

    /** Decodes the whole file strictly with {@code candidate}; records the first problem, with its line. */
    private void use(Charset candidate, int bom, boolean detectedNotRequested) throws IOException {
        this.charset = candidate;
        this.bomLength = bom;
        this.detected = detectedNotRequested;
        CharsetDecoder decoder = candidate.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        long line = 1;
        long offset = bom;
        try (InputStream in = Files.newInputStream(path)) {
            in.skipNBytes(bom);
            ByteBuffer bytes = ByteBuffer.allocate(BLOCK);
            CharBuffer chars = CharBuffer.allocate(BLOCK);
            boolean end = false;
            while (!end) {
                int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
                end = read == -1;
                if (!end) {
                    bytes.position(bytes.position() + read);
                }
                bytes.flip();
                int before = bytes.position();
                CoderResult result = decoder.decode(bytes, chars, end);
                offset += bytes.position() - before;
                chars.flip();
                while (chars.hasRemaining()) {
                    char c = chars.get();
                    if (c == '\n') {
                        line++;
                    } else if (c == '\0') {
                        unreadable = new Unreadable("NOT_CSV", "The file contains NUL characters at line " + line
                                + ": it is not a " + label() + " text file (a spreadsheet or another binary format?)",
                                line);
                        return;
                    }
                }
                chars.clear();
                if (result.isError()) {
                    int bad = bytes.get(bytes.position()) & 0xFF;
                    unreadable = new Unreadable("ENCODING", String.format("The file is not valid %s: byte 0x%02X at"
                            + " line %d (byte %d). Save it as \"CSV UTF-8\" or send charset=windows-1252 if it comes"
                            + " from an older program", label(), bad, line, offset + 1), line);
                    return;
                }
                bytes.compact();
            }
            decoder.flush(chars);
        }
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text, decoded strictly, after the byte-order mark; null when {@link #unreadable()} is set. */
    public InputStream openBytesAfterBom() throws IOException {
        InputStream in = Files.newInputStream(path);
        in.skipNBytes(bomLength);
        return in;
    }

    public CharsetDecoder strictDecoder() {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** The problem that makes the file unreadable, or null. */
    public Unreadable unreadable() {
        return unreadable;
    }

    /** "UTF-8", "windows-1252", "UTF-16LE"... */
    public String label() {
        return charset == null ? "UTF-8" : charset.name();
    }

    /** True when the encoding came from a byte-order mark or a fallback rather than the request. */
    public boolean detected() {
        return detected;
    }

    public boolean hadBom() {
        return bomLength > 0;
    }

    public long size() {
        return size;
    }

    public String sha256() {
        return sha256;
    }

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(path);
    }
}
