package com.radartracking.push.gateway;

import com.google.firebase.messaging.Message;
import com.google.firebase.messaging.Notification;

/** An {@link OutgoingPush} as the SDK's {@link Message}: its target, notification and data. */
final class FcmMessages {

    static final String NOTIFICATION_ID = "notificationId";

    private FcmMessages() {
    }

    /** Throws IllegalArgumentException when the SDK rejects the message before sending (e.g. a bad key). */
    static Message toMessage(OutgoingPush push) {
        Message.Builder message = Message.builder();
        if (push.tokenKind() == OutgoingPush.TokenKind.FID) {
            message.setFid(push.token());
        } else {
            message.setToken(push.token());
        }
        if (push.title() != null || push.body() != null || push.imageUrl() != null) {
            message.setNotification(Notification.builder()
                    .setTitle(push.title())
                    .setBody(push.body())
                    .setImage(push.imageUrl())
                    .build());
        }
        if (push.data() != null) {
            message.putAllData(push.data());
        }
        if (push.notificationId() != null) {
            message.putData(NOTIFICATION_ID, push.notificationId().toString());
        }
        return message.build();
    }
}
