package com.agentusage.adapter.jdbc.events;

import java.util.ArrayList;
import java.util.List;

/**
 * The lengths counts are kept at. Days, hours and minutes are rollups (UTC-aligned, in usage_rollup); a
 * millisecond is an event itself, read from usage_event. A range is read at the coarsest grain that fits it
 * whole and at finer grains only at its ends, so any window costs a few hundred rows at most.
 */
enum Grain {
    DAY(86_400_000),
    HOUR(3_600_000),
    MINUTE(60_000),
    MILLISECOND(1);

    static final List<Grain> ROLLED_UP = List.of(DAY, HOUR, MINUTE);

    final long millis;

    Grain(long millis) {
        this.millis = millis;
    }

    long floor(long epochMillis) {
        return Math.floorDiv(epochMillis, millis) * millis;
    }

    long ceil(long epochMillis) {
        return -Math.floorDiv(-epochMillis, millis) * millis;
    }

    /** A part of a range read at one grain: whole units of it, [fromMillis, untilMillis). */
    record Slice(Grain grain, long fromMillis, long untilMillis) {
    }

    /** Cuts [from, until) into slices: whole days in the middle, then whole hours, minutes and single events at its ends. */
    static List<Slice> slice(long fromMillis, long untilMillis) {
        List<Slice> slices = new ArrayList<>();
        slice(fromMillis, untilMillis, DAY, slices);
        return slices;
    }

    private static void slice(long from, long until, Grain grain, List<Slice> slices) {
        if (from >= until) {
            return;
        }
        if (grain == MILLISECOND) {
            slices.add(new Slice(grain, from, until));
            return;
        }
        Grain finer = values()[grain.ordinal() + 1];
        long wholeFrom = grain.ceil(from);
        long wholeUntil = grain.floor(until);
        if (wholeFrom >= wholeUntil) {
            slice(from, until, finer, slices);
            return;
        }
        slice(from, wholeFrom, finer, slices);
        slices.add(new Slice(grain, wholeFrom, wholeUntil));
        slice(wholeUntil, until, finer, slices);
    }
}
