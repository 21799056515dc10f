package com.radartracking.push.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.api.client.http.javanet.NetHttpTransport;
import com.google.auth.oauth2.AccessToken;
import com.google.auth.oauth2.GoogleCredentials;
import com.google.firebase.FirebaseApp;
import com.google.firebase.FirebaseOptions;
import com.google.firebase.messaging.FirebaseMessaging;
import com.google.firebase.messaging.Message;
import com.google.firebase.messaging.Notification;
import com.radartracking.push.gateway.standin.FcmStandIn;
import java.net.HttpURLConnection;
import java.net.URI;
import java.util.Date;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Firebase Admin SDK, built without the Cloud Storage and Firestore clients (pom.xml), still sends:
 * plain SDK calls with its default JSON factory, against the FCM stand-in, nothing of ours in between
 * except a transport that sends fcm.googleapis.com to the stand-in.
 */
class FcmSdkSendIT {

    private static final FcmStandIn STAND_IN = FcmStandIn.shared();
    private static FirebaseApp app;

    @BeforeAll
    static void startApp() {
        String base = STAND_IN.endpoint();
        NetHttpTransport transport = new NetHttpTransport.Builder()
                .setConnectionFactory(url -> (HttpURLConnection) URI.create(
                        url.toString().replace("https://fcm.googleapis.com", base)).toURL().openConnection())
                .build();
        FirebaseOptions options = FirebaseOptions.builder()
                .setProjectId("radar-sdk-test")
                .setCredentials(GoogleCredentials.create(new AccessToken("stand-in", new Date(Long.MAX_VALUE / 2))))
                .setHttpTransport(transport)
                .setConnectTimeout(2_000)
                .setReadTimeout(2_000)
                .build();
        app = FirebaseApp.initializeApp(options, "fcm-sdk-send-it");
    }

    @AfterAll
    static void stopApp() {
        app.delete();
    }

    @Test
    void sendsThroughTheSdkWithoutStorageAndFirestore() throws Exception {
        String token = "sdk-send-" + System.nanoTime();

        String name = FirebaseMessaging.getInstance(app).send(Message.builder()
                .setToken(token)
                .setNotification(Notification.builder().setTitle("Hola").setBody("Tu café te espera").build())
                .putData("notificationId", "n-1")
                .build());

        assertThat(name).startsWith("projects/radar-sdk-test/messages/");
        assertThat(STAND_IN.acceptedFor(token)).isEqualTo(1);
        assertThatThrownBy(() -> Class.forName("com.google.cloud.storage.Storage")).isInstanceOf(ClassNotFoundException.class);
        assertThatThrownBy(() -> Class.forName("com.google.cloud.firestore.Firestore")).isInstanceOf(ClassNotFoundException.class);
    }
}
