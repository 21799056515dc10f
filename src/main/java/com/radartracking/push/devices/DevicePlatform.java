package com.radartracking.push.devices;

/** Where the app runs (the values of device_tokens.platform). */
public enum DevicePlatform {
    ANDROID, IOS, WEB
}
