package com.radartracking.push.devices;

/** What the app registered: an FCM registration token, or a Firebase Installation ID (firebase-admin 9.10+). */
public enum DeviceTokenKind {
    FCM_TOKEN, FID
}
