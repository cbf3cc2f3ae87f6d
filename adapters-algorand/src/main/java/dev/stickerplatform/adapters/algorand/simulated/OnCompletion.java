package dev.stickerplatform.adapters.algorand.simulated;

/** What an application call does besides running the approval program (the {@code apan} field). */
public enum OnCompletion {
    NO_OP,
    OPT_IN,
    CLOSE_OUT,
    CLEAR_STATE,
    UPDATE_APPLICATION,
    DELETE_APPLICATION
}
