package dev.kappa.lab;

/** What a view needs to lay out one plot: its id, title, axis labels and whether each axis is logarithmic. */
public final class PlotSpec {
    private final String id;
    private final String title;
    private final String xLabel;
    private final String yLabel;
    private final boolean logX;
    private final boolean logY;

    public PlotSpec(String id, String title, String xLabel, String yLabel, boolean logX, boolean logY) {
        this.id = id;
        this.title = title;
        this.xLabel = xLabel;
        this.yLabel = yLabel;
        this.logX = logX;
        this.logY = logY;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String xLabel() {
        return xLabel;
    }

    public String yLabel() {
        return yLabel;
    }

    public boolean logX() {
        return logX;
    }

    public boolean logY() {
        return logY;
    }
}
