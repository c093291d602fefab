package dev.kappa.learn;

/** Visits to one lab: how many, first and last (epoch millis). */
public final class LabRecord {
    private final int visits;
    private final long first;
    private final long last;

    public LabRecord(int visits, long first, long last) {
        this.visits = visits;
        this.first = first;
        this.last = last;
    }

    public int visits() {
        return visits;
    }

    public long first() {
        return first;
    }

    public long last() {
        return last;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof LabRecord)) {
            return false;
        }
        LabRecord l = (LabRecord) o;
        return visits == l.visits && first == l.first && last == l.last;
    }

    @Override
    public int hashCode() {
        return visits;
    }
}
