package com.gaplens.domain.experience;

/** The channel a touchpoint lives on; the experience is multichannel. */
public enum Channel {
    STORE,
    WEB,
    MOBILE_APP,
    PHONE,
    EMAIL,
    CHAT,
    SOCIAL_MEDIA,
    MAIL,
    DELIVERY,
    PARTNER,
    OTHER
}
