package com.radartracking.mobile;

/** Hides most of an email or phone shown back to whoever typed it ("m***@example.com", "+57******0101"). */
final class ContactMask {

    private ContactMask() {
    }

    static String mask(String contact) {
        if (contact == null || contact.isEmpty()) {
            return contact;
        }
        int at = contact.indexOf('@');
        if (at > 0) {
            return contact.charAt(0) + "***" + contact.substring(at);
        }
        if (contact.length() <= 6) {
            return "*".repeat(contact.length());
        }
        return contact.substring(0, 3) + "*".repeat(contact.length() - 7) + contact.substring(contact.length() - 4);
    }
}
