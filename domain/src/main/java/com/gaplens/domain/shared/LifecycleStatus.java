package com.gaplens.domain.shared;

/**
 * Where a catalogue object stands. Archived objects stay readable (history refers to them) but
 * cannot be changed nor used by anything new.
 */
public enum LifecycleStatus {
    ACTIVE,
    ARCHIVED
}
