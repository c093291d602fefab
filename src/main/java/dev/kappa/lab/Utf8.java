package dev.kappa.lab;

/** UTF-8 without java.nio.charset, which TeaVM supports only partly; malformed input becomes U+FFFD. */
final class Utf8 {
    private Utf8() {
    }

    static String decode(byte[] bytes, int length) {
        StringBuilder sb = new StringBuilder(length);
        int i = 0;
        while (i < length) {
            int b = bytes[i] & 0xff;
            int extra;
            int cp;
            if (b < 0x80) {
                extra = 0;
                cp = b;
            } else if (b >= 0xc2 && b < 0xe0) {
                extra = 1;
                cp = b & 0x1f;
            } else if (b >= 0xe0 && b < 0xf0) {
                extra = 2;
                cp = b & 0x0f;
            } else if (b >= 0xf0 && b < 0xf5) {
                extra = 3;
                cp = b & 0x07;
            } else {
                sb.append('\ufffd');
                i++;
                continue;
            }
            if (i + extra >= length) {
                sb.append('\ufffd');
                break;
            }
            boolean ok = true;
            for (int k = 1; k <= extra; k++) {
                int c = bytes[i + k] & 0xff;
                if ((c & 0xc0) != 0x80) {
                    ok = false;
                    break;
                }
                cp = (cp << 6) | (c & 0x3f);
            }
            if (!ok) {
                sb.append('\ufffd');
                i++;
                continue;
            }
            sb.appendCodePoint(cp);
            i = i + extra + 1;
        }
        return sb.toString();
    }

    static byte[] encode(String s) {
        byte[] out = new byte[s.length() * 4];
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            int cp = s.codePointAt(i);
            if (Character.isSupplementaryCodePoint(cp)) {
                i++;
            }
            if (cp < 0x80) {
                out[n++] = (byte) cp;
            } else if (cp < 0x800) {
                out[n++] = (byte) (0xc0 | (cp >> 6));
                out[n++] = (byte) (0x80 | (cp & 0x3f));
            } else if (cp < 0x10000) {
                out[n++] = (byte) (0xe0 | (cp >> 12));
                out[n++] = (byte) (0x80 | ((cp >> 6) & 0x3f));
                out[n++] = (byte) (0x80 | (cp & 0x3f));
            } else {
                out[n++] = (byte) (0xf0 | (cp >> 18));
                out[n++] = (byte) (0x80 | ((cp >> 12) & 0x3f));
                out[n++] = (byte) (0x80 | ((cp >> 6) & 0x3f));
                out[n++] = (byte) (0x80 | (cp & 0x3f));
            }
        }
        byte[] exact = new byte[n];
        System.arraycopy(out, 0, exact, 0, n);
        return exact;
    }
}
