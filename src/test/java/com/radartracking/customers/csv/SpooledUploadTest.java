package com.radartracking.customers.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Size cap, hash and encoding settled before any row: BOMs, strict UTF-8 with the bad line, the 1252 fallback. */
class SpooledUploadTest {

    private static SpooledUpload spool(byte[] bytes, String charset) throws IOException {
        return SpooledUpload.spool(new ByteArrayInputStream(bytes), 1024, charset);
    }

    @Test
    void validUtf8WithAndWithoutBom() throws IOException {
        try (SpooledUpload upload = spool("a,b\nñ,é\n".getBytes(StandardCharsets.UTF_8), null)) {
            assertThat(upload.unreadable()).isNull();
            assertThat(upload.label()).isEqualTo("UTF-8");
            assertThat(upload.detected()).isFalse();
            assertThat(upload.sha256()).hasSize(64);
            assertThat(upload.openBytesAfterBom().readAllBytes()).startsWith('a');
        }
        byte[] withBom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', '\n'};
        try (SpooledUpload upload = spool(withBom, "utf-8")) {
            assertThat(upload.hadBom()).isTrue();
            assertThat(upload.openBytesAfterBom().readAllBytes()).containsExactly('a', '\n');
        }
    }

    @Test
    void strictUtf8NamesTheLineOfTheFirstBadByte() throws IOException {
        byte[] latin1 = "a,b\nok,ok\nJosé,x\n".getBytes(Charset.forName("windows-1252"));
        try (SpooledUpload upload = spool(latin1, "utf-8")) {
            assertThat(upload.unreadable().reason()).isEqualTo("ENCODING");
            assertThat(upload.unreadable().line()).isEqualTo(3);
            assertThat(upload.unreadable().message()).contains("0xE9", "line 3", "byte 14");
        }
        try (SpooledUpload upload = spool(latin1, "auto")) {
            assertThat(upload.unreadable()).isNull();
            assertThat(upload.label()).isEqualTo("windows-1252");
            assertThat(upload.detected()).isTrue();
        }
    }

    @Test
    void refusesBinaryEmptyAndTooLargeFiles() throws IOException {
        try (SpooledUpload upload = spool(new byte[] {'P', 'K', 3, 4, 0}, null)) {
            assertThat(upload.unreadable().reason()).isEqualTo("NOT_CSV");
        }
        try (SpooledUpload upload = spool(new byte[] {'a', 0, 'b'}, null)) {
            assertThat(upload.unreadable().reason()).isEqualTo("NOT_CSV");
        }
        try (SpooledUpload upload = spool(new byte[0], null)) {
            assertThat(upload.unreadable().reason()).isEqualTo("EMPTY_FILE");
        }
        assertThatThrownBy(() -> spool(new byte[1025], null)).isInstanceOf(SpooledUpload.TooLarge.class);
        assertThatThrownBy(() -> spool(new byte[1], "ebcdic")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void utf16ByItsBom() throws IOException {
        byte[] utf16 = "\uFEFFa\tñ\n".getBytes(StandardCharsets.UTF_16LE);
        try (SpooledUpload upload = spool(utf16, null)) {
            assertThat(upload.label()).isEqualTo("UTF-16LE");
            assertThat(new String(upload.openBytesAfterBom().readAllBytes(), StandardCharsets.UTF_16LE))
                    .isEqualTo("a\tñ\n");
        }
    }
}
