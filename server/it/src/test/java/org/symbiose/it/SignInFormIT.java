package org.symbiose.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The login form says why it refused in the visitor's language, never in the API's English. */
class SignInFormIT extends Deployed {

    @Test
    void aWrongPasswordIsExplainedInTheVisitorsLanguage() {
        HttpResponse<String> french = SiteSession.anonymous()
                .signIn("nobody-fr@symbiose.test", "not-the-password", "Accept-Language", "fr");
        assertThat(french.statusCode()).isEqualTo(200);
        assertThat(french.body()).contains("Connexion refusée.", "E-mail ou mot de passe incorrect.")
                .doesNotContain("Wrong e-mail or password");

        HttpResponse<String> english = SiteSession.anonymous()
                .signIn("nobody-en@symbiose.test", "not-the-password", "Accept-Language", "en");
        assertThat(english.body()).contains("Sign-in refused.", "Wrong e-mail or password.");
    }
}
