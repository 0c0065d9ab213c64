package cn.workerspalace.projection.subsidy.query;

import java.math.BigDecimal;

/** By how much one event moved each subsidy figure. */
record Fact(int allocated, int reserved, int waiting, int paidPlaces, BigDecimal paidAmount,
            int graduated, int withdrawn) {

    static Fact allocation(int delta) {
        return new Fact(delta, 0, 0, 0, BigDecimal.ZERO, 0, 0);
    }

    /** A place reserved; one taken from the queue also leaves the queue in the same moment. */
    static Fact reservation(boolean fromQueue) {
        return new Fact(0, 1, fromQueue ? -1 : 0, 0, BigDecimal.ZERO, 0, 0);
    }

    static Fact release() {
        return new Fact(0, -1, 0, 0, BigDecimal.ZERO, 0, 0);
    }

    static Fact queueing() {
        return new Fact(0, 0, 1, 0, BigDecimal.ZERO, 0, 0);
    }

    static Fact queueLeaving() {
        return new Fact(0, 0, -1, 0, BigDecimal.ZERO, 0, 0);
    }

    static Fact payment(boolean firstPayment, BigDecimal amount) {
        return new Fact(0, 0, 0, firstPayment ? 1 : 0, amount == null ? BigDecimal.ZERO : amount, 0, 0);
    }

    static Fact graduation() {
        return new Fact(0, 0, 0, 0, BigDecimal.ZERO, 1, 0);
    }

    static Fact withdrawal() {
        return new Fact(0, 0, 0, 0, BigDecimal.ZERO, 0, 1);
    }
}
