package com.radartracking.mobile;

import com.radartracking.customers.ConsentType;
import java.util.EnumMap;
import java.util.Map;

/** The app's consent body as the customers module takes it: only the members that were sent. */
final class ConsentAnswers {

    private ConsentAnswers() {
    }

    static Map<ConsentType, Boolean> of(SignInApi.ConsentsBody body) {
        Map<ConsentType, Boolean> answers = new EnumMap<>(ConsentType.class);
        if (body == null) {
            return answers;
        }
        if (body.push() != null) {
            answers.put(ConsentType.PUSH, body.push());
        }
        if (body.location() != null) {
            answers.put(ConsentType.LOCATION, body.location());
        }
        if (body.marketing() != null) {
            answers.put(ConsentType.MARKETING, body.marketing());
        }
        return answers;
    }

    static SignInApi.ConsentsBody body(Map<ConsentType, Boolean> answers) {
        return new SignInApi.ConsentsBody(answers.get(ConsentType.PUSH), answers.get(ConsentType.LOCATION),
                answers.get(ConsentType.MARKETING));
    }
}
