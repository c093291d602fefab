package dev.kappa.web.learn;

/** Short human wording of a time span, for "next review in …" labels. */
final class Durations {
    private static final long MINUTE = 60_000L;
    private static final long HOUR = 60 * MINUTE;
    private static final long DAY = 24 * HOUR;

    private Durations() {
    }

    /** "now", "1 min", "10 min", "5 h", "3 d", "4 mo", "2.5 y": rounded, never negative. */
    static String of(long ms) {
        if (ms < 30_000L) {
            return "now";
        }
        if (ms < HOUR) {
            return Math.max(1, Math.round(ms / (double) MINUTE)) + " min";
        }
        if (ms < DAY) {
            return Math.round(ms / (double) HOUR) + " h";
        }
        long days = Math.round(ms / (double) DAY);
        if (days < 31) {
            return days + " d";
        }
        if (days < 365) {
            return Math.round(days / 30.4) + " mo";
        }
        long tenths = Math.round(days / 36.5);
        return (tenths % 10 == 0 ? String.valueOf(tenths / 10) : (tenths / 10) + "." + (tenths % 10)) + " y";
    }

    /** A time taken to answer: "8 seconds", "2 minutes 5 seconds". */
    static String taken(long ms) {
        long seconds = Math.max(0, Math.round(ms / 1000.0));
        long minutes = seconds / 60;
        long rest = seconds % 60;
        String s = rest + (rest == 1 ? " second" : " seconds");
        return minutes == 0 ? s : minutes + (minutes == 1 ? " minute " : " minutes ") + s;
    }

    /** Long wording for screen readers: "1 minute", "3 days". */
    static String spoken(long ms) {
        String s = of(ms);
        if (s.equals("now")) {
            return "now";
        }
        int sp = s.indexOf(' ');
        String n = s.substring(0, sp);
        String unit = s.substring(sp + 1);
        boolean one = n.equals("1");
        switch (unit) {
            case "min":
                return n + (one ? " minute" : " minutes");
            case "h":
                return n + (one ? " hour" : " hours");
            case "d":
                return n + (one ? " day" : " days");
            case "mo":
                return n + (one ? " month" : " months");
            default:
                return n + (one ? " year" : " years");
        }
    }
}
