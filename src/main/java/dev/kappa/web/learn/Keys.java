package dev.kappa.web.learn;

import org.teavm.jso.JSBody;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.KeyboardEvent;

/** Reading keyboard events for view shortcuts without stealing keys from form fields or buttons. */
final class Keys {
    private Keys() {
    }

    /** True when the key goes to a text field, select or editable element, where shortcuts must not fire. */
    @JSBody(params = "e", script = "var t = e.target; if (!t || !t.tagName) return false;"
            + " var n = t.tagName.toLowerCase(); return n === 'input' || n === 'textarea' || n === 'select' || !!t.isContentEditable;")
    static native boolean inField(Event e);

    /** True when the key lands on a button or link, which Enter and Space already activate. */
    @JSBody(params = "e", script = "var t = e.target; if (!t || !t.tagName) return false;"
            + " var n = t.tagName.toLowerCase(); return n === 'button' || n === 'a' || n === 'summary';")
    static native boolean onActivatable(Event e);

    static boolean modified(KeyboardEvent e) {
        return e.isCtrlKey() || e.isAltKey() || e.isMetaKey();
    }

    static boolean isSpaceOrEnter(KeyboardEvent e) {
        String k = e.getKey();
        return " ".equals(k) || "Spacebar".equals(k) || "Enter".equals(k);
    }

    /** 1–4 for the digit keys (top row or keypad), else 0. */
    static int digit(KeyboardEvent e) {
        String k = e.getKey();
        if (k != null && k.length() == 1 && k.charAt(0) >= '1' && k.charAt(0) <= '4') {
            return k.charAt(0) - '0';
        }
        return 0;
    }
}
