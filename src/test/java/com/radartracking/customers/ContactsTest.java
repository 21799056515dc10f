package com.radartracking.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Canonical contact data, search patterns and amounts, without a database. */
class ContactsTest {

    @Test
    void emailsAreTrimmedAndLowerCased() {
        assertThat(Contacts.email("  Ana.Gomez@Example.COM ")).isEqualTo("ana.gomez@example.com");
        assertThat(Contacts.email("  ")).isNull();
        assertThat(Contacts.email(null)).isNull();
        for (String bad : List.of("ana", "ana@", "@example.com", "ana@example", "ana @example.com", "a@b@c.com")) {
            assertThatThrownBy(() -> Contacts.email(bad)).as(bad).isInstanceOf(CustomerException.class);
        }
    }

    @Test
    void phonesBecomeE164ReadInTheBusinessRegion() {
        assertThat(Contacts.phone("300 123 4567", "CO")).isEqualTo("+573001234567");
        assertThat(Contacts.phone("(300) 123-4567", "CO")).isEqualTo("+573001234567");
        assertThat(Contacts.phone("+57 300 123 4567", "MX")).isEqualTo("+573001234567");
        assertThat(Contacts.phone("55 1234 5678", "MX")).isEqualTo("+525512345678");
        assertThat(Contacts.phone("", "CO")).isNull();
        for (String bad : List.of("12", "not a phone", "+57 1", "9".repeat(41))) {
            assertThatThrownBy(() -> Contacts.phone(bad, "CO")).as(bad).isInstanceOf(CustomerException.class);
        }
    }

    @Test
    void tagsAreCaseInsensitive() {
        assertThat(Contacts.tag("  Early   Bird ")).isEqualTo("early bird");
        assertThatThrownBy(() -> Contacts.tag(" ")).isInstanceOf(CustomerException.class);
        assertThat(CustomerValidation.tags(List.of("VIP", "vip", "Regular"))).containsExactly("vip", "regular");
    }

    @Test
    void searchWordsBecomeEscapedLikePatterns() {
        assertThat(CustomerSearch.likePatterns("  Ana  GÓMEZ ")).containsExactly("%ana%", "%gómez%");
        assertThat(CustomerSearch.likePatterns("+57 (300) 123-4567")).containsExactly("%573001234567%");
        assertThat(CustomerSearch.likePatterns("100%_\\")).containsExactly("%100\\%\\_\\\\%");
        assertThat(CustomerSearch.likePatterns(" ")).isEmpty();
        assertThatThrownBy(() -> CustomerSearch.likePatterns("a b c d e f")).isInstanceOf(CustomerException.class);
    }

    @Test
    void amountsRespectTheCurrency() {
        assertThat(VisitService.amount(new BigDecimal("12500.500"), "USD")).isEqualByComparingTo("12500.5");
        assertThat(VisitService.amount(new BigDecimal("1E+3"), "COP").toPlainString()).isEqualTo("1000");
        assertThat(VisitService.amount(null, "USD")).isNull();
        assertThatThrownBy(() -> VisitService.amount(new BigDecimal("-0.01"), "USD")).isInstanceOf(CustomerException.class);
        assertThatThrownBy(() -> VisitService.amount(new BigDecimal("1.5"), "CLP")).isInstanceOf(CustomerException.class);
        assertThatThrownBy(() -> VisitService.amount(new BigDecimal("1E+20"), "USD")).isInstanceOf(CustomerException.class);
    }
}
