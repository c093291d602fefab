package dev.kappa.lab;


/**
 * A 64-bit FNV-1a hash of everything numeric a lab outputs (series, markers, readouts, grids, by
 * their IEEE bit patterns) and its summary text, so engines can be compared bit for bit: the JVM,
 * WasmGC and JS builds must give the same fingerprint for every preset.
 */
public final class LabFingerprint {
    private static final long OFFSET = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private LabFingerprint() {
    }

    public static long of(LabOutput out) {
        long h = OFFSET;
        for (Series s : out.series()) {
            for (int i = 0; i < s.size(); i++) {
                h = mix(h, s.x(i));
                h = mix(h, s.y(i));
            }
        }
        for (Marker m : out.markers()) {
            h = mix(h, m.x());
            h = mix(h, m.y());
            h = mix(h, m.x2());
            h = mix(h, m.y2());
        }
        for (LabOutput.Readout r : out.readouts()) {
            h = mix(h, r.value());
            h = text(h, r.text(0));
            h = text(h, r.text());
        }
        for (Heatmap m : out.heatmaps()) {
            for (int i = 0; i < m.rows(); i++) {
                for (int j = 0; j < m.cols(); j++) {
                    h = mix(h, m.value(i, j));
                }
            }
        }
        h = text(h, out.rule(0));
        h = text(h, out.rule(Integer.MAX_VALUE));
        for (FieldGrid g : out.grids()) {
            for (int j = 0; j < g.ny(); j++) {
                for (int i = 0; i < g.nx(); i++) {
                    h = mix(h, g.value(i, j));
                }
            }
        }
        return text(h, out.summary());
    }

    private static long text(long h, String s) {
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * PRIME;
        }
        return h;
    }

    private static long mix(long h, double v) {
        long bits = Double.doubleToLongBits(v);
        for (int k = 0; k < 8; k++) {
            h = (h ^ (bits & 0xff)) * PRIME;
            bits >>>= 8;
        }
        return h;
    }

    /** One line per lab preset: "id #k hex", computed on fresh models. */
    public static String report() {
        StringBuilder sb = new StringBuilder();
        for (LabModel m : LabCatalog.models()) {
            int k = 0;
            for (Preset p : m.allPresets()) {
                LabOutput o = LabCatalog.create(m.id()).compute(p.applyTo(m.spec()));
                sb.append(m.id()).append(" #").append(k++).append(' ').append(Long.toHexString(of(o))).append('\n');
            }
        }
        return sb.toString();
    }

    /** Each part of one preset's output with its own hash or bit pattern, to find where engines differ. */
    public static String dump(String labId, int preset) {
        LabModel m = LabCatalog.create(labId);
        LabOutput o = m.compute(m.allPresets().get(preset).applyTo(m.spec()));
        StringBuilder sb = new StringBuilder();
        for (Series s : o.series()) {
            long h = OFFSET;
            for (int i = 0; i < s.size(); i++) {
                h = mix(mix(h, s.x(i)), s.y(i));
            }
            sb.append("series ").append(s.name()).append(' ').append(Long.toHexString(h)).append('\n');
        }
        for (LabOutput.Readout r : o.readouts()) {
            sb.append("readout ").append(r.key()).append(' ')
                    .append(Long.toHexString(Double.doubleToLongBits(r.value()))).append(' ').append(r.text())
                    .append('\n');
        }
        for (Marker mk : o.markers()) {
            sb.append("marker ").append(mk.name()).append(' ').append(Long.toHexString(Double.doubleToLongBits(mk.x())))
                    .append(' ').append(Long.toHexString(Double.doubleToLongBits(mk.y()))).append('\n');
        }
        sb.append("summary ").append(o.summary()).append('\n');
        return sb.toString();
    }

    /** Bit patterns of the kernels the labs rest on, to tell which one differs between engines. */
    public static String kernels() {
        StringBuilder sb = new StringBuilder();
        dev.kappa.linalg.Rng rng = new dev.kappa.linalg.Rng(1);
        dev.kappa.linalg.Matrix a = rng.gaussianMatrix(100, 5);
        sb.append("gaussian ").append(hex(a.toRowMajor())).append('\n');
        sb.append("svd 100x5 ").append(hex(dev.kappa.linalg.SVD.of(a).singularValues())).append('\n');
        sb.append("svd 5x100 ").append(hex(dev.kappa.linalg.SVD.of(a.transpose()).singularValues())).append('\n');
        dev.kappa.linalg.Matrix sq = a.topRows(5);
        sb.append("svd 5x5 ").append(hex(dev.kappa.linalg.SVD.of(sq).singularValues())).append('\n');
        sb.append("qr R ").append(hex(dev.kappa.linalg.QR.of(a).r().toRowMajor())).append('\n');
        sb.append("eigen gram ").append(hex(dev.kappa.linalg.SymmetricEigen.of(a.transpose().times(a)).values()))
                .append('\n');
        sb.append("gram ").append(hex(a.transpose().times(a).toRowMajor())).append('\n');
        return sb.toString();
    }

    private static String hex(double[] v) {
        long h = OFFSET;
        for (double d : v) {
            h = mix(h, d);
        }
        return Long.toHexString(h) + " first " + (v.length > 0 ? Long.toHexString(Double.doubleToLongBits(v[0])) : "");
    }

    public static void main(String[] args) {
        System.out.print(report());
    }
}
