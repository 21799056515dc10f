package com.radartracking.loyalty;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Card codes: 128 random bits in base32, and what the counter accepts as a code. */
class CardCodesTest {

    @Test
    void codesAre26Base32CharactersAndDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String code = CardCodes.generate();
            assertThat(code).matches("[A-Z2-7]{26}");
            assertThat(seen.add(code)).isTrue();
        }
    }

    @Test
    void base32MatchesRfc4648() {
        assertThat(CardCodes.base32("foobar".getBytes())).isEqualTo("MZXW6YTBOI");
        assertThat(CardCodes.base32("f".getBytes())).isEqualTo("MY");
    }

    @Test
    void typedAndScannedFormsNormalise() {
        String code = CardCodes.generate();
        assertThat(CardCodes.normalise(code)).contains(code);
        assertThat(CardCodes.normalise(" " + code.toLowerCase() + " ")).contains(code);
        assertThat(CardCodes.normalise(code.substring(0, 6) + "-" + code.substring(6, 13) + " " + code.substring(13)))
                .contains(code);
        assertThat(CardCodes.normalise(CardCodes.qrPayload(code))).contains(code);
        assertThat(CardCodes.normalise("RADAR:CARD:" + code)).contains(code);
        assertThat(CardCodes.normalise("not a code")).isEmpty();
        assertThat(CardCodes.normalise(code + "A")).isEmpty();
        assertThat(CardCodes.normalise(null)).isEmpty();
        assertThat(CardCodes.normalise("01" + code.substring(2))).isEmpty();
    }
}
