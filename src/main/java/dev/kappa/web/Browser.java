package dev.kappa.web;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The few browser features TeaVM's JSO APIs do not bind (computed CSS variables, media queries,
 * ResizeObserver, pointer capture, line dashes, the clipboard), each a one-line typed binding that
 * degrades quietly where the feature is missing (HtmlUnit, old browsers).
 */
public final class Browser {
    private Browser() {
    }

    /** A callback from the browser with no arguments. */
    @JSFunctor
    public interface Callback extends JSObject {
        void call();
    }

    /** A callback that receives a success flag. */
    @JSFunctor
    public interface Done extends JSObject {
        void done(boolean ok);
    }

    /** The value of a CSS custom property on the root element, trimmed ("" when unset). */
    @JSBody(params = "name", script = "try { return getComputedStyle(document.documentElement)"
            + ".getPropertyValue(name).trim(); } catch (e) { return ''; }")
    public static native String cssVariable(String name);

    @JSBody(params = "query", script = "return !!(window.matchMedia && window.matchMedia(query).matches);")
    public static native boolean mediaMatches(String query);

    /** Calls back when the media query's result changes; returns a handle for {@link #unwatchMedia}. */
    @JSBody(params = {"query", "cb"}, script = "if (!window.matchMedia) return null;"
            + "var m = window.matchMedia(query); var f = function() { cb(); };"
            + "if (m.addEventListener) m.addEventListener('change', f); else if (m.addListener) m.addListener(f);"
            + "return {m: m, f: f};")
    public static native JSObject watchMedia(String query, Callback cb);

    @JSBody(params = "h", script = "if (!h) return; if (h.m.removeEventListener) h.m.removeEventListener('change', h.f);"
            + " else if (h.m.removeListener) h.m.removeListener(h.f);")
    public static native void unwatchMedia(JSObject h);

    /** Observes the element's size (ResizeObserver, or window resize where that is missing). */
    @JSBody(params = {"el", "cb"}, script = "var f = function() { cb(); };"
            + "if (typeof ResizeObserver !== 'undefined') { var o = new ResizeObserver(f); o.observe(el);"
            + " return {o: o}; } window.addEventListener('resize', f); return {f: f};")
    public static native JSObject observeResize(HTMLElement el, Callback cb);

    @JSBody(params = "h", script = "if (!h) return; if (h.o) h.o.disconnect(); else window.removeEventListener('resize', h.f);")
    public static native void unobserveResize(JSObject h);

    /** The element's CSS width in pixels (fractional), 0 when it has no layout. */
    @JSBody(params = "el", script = "var r = el.getBoundingClientRect ? el.getBoundingClientRect() : null;"
            + " return r && r.width ? r.width : (el.clientWidth || 0);")
    public static native double cssWidth(HTMLElement el);

    @JSBody(params = {"el", "id"}, script = "try { el.setPointerCapture(id); } catch (e) {}")
    public static native void capturePointer(HTMLElement el, int id);

    @JSBody(params = "e", script = "return e.pointerId === undefined ? 1 : e.pointerId;")
    public static native int pointerId(JSObject e);

    /** Whether a pointer event comes from a mouse (not a finger or a pen). */
    @JSBody(params = "e", script = "return !e.pointerType || e.pointerType === 'mouse';")
    public static native boolean fromMouse(JSObject e);

    /** Position of a pointer/mouse event relative to the element's top-left corner, in CSS pixels. */
    @JSBody(params = {"e", "el"}, script = "var r = el.getBoundingClientRect(); return e.clientX - r.left;")
    public static native double eventX(JSObject e, HTMLElement el);

    @JSBody(params = {"e", "el"}, script = "var r = el.getBoundingClientRect(); return e.clientY - r.top;")
    public static native double eventY(JSObject e, HTMLElement el);

    @JSBody(params = "e", script = "return !!e.shiftKey;")
    public static native boolean shiftKey(JSObject e);

    /** Whether shift, alt, ctrl or meta was held (a modified click deletes a point in the editor). */
    @JSBody(params = "e", script = "return !!(e.shiftKey || e.altKey || e.ctrlKey || e.metaKey);")
    public static native boolean modifierKey(JSObject e);

    @JSBody(params = {"ctx", "on", "off"}, script = "if (ctx.setLineDash && ctx.getLineDash)"
            + " ctx.setLineDash(on > 0 ? [on, off] : []);")
    public static native void setLineDash(CanvasRenderingContext2D ctx, double on, double off);

    /** Where along the dash pattern each subpath of the next stroke starts (CSS px). */
    @JSBody(params = {"ctx", "offset"}, script = "ctx.lineDashOffset = offset;")
    public static native void setLineDashOffset(CanvasRenderingContext2D ctx, double offset);

    /** A dash pattern of two or four lengths (c ≤ 0: two); a ≤ 0 is solid. */
    @JSBody(params = {"ctx", "a", "b", "c", "d"}, script = "if (ctx.setLineDash)"
            + " ctx.setLineDash(a <= 0 ? [] : c > 0 ? [a, b, c, d] : [a, b]);")
    private static native void setLineDash4(CanvasRenderingContext2D ctx, double a, double b, double c, double d);

    /** A dash pattern of up to four lengths ([] for solid). */
    public static void setLineDashPattern(CanvasRenderingContext2D ctx, double[] pattern) {
        if (pattern.length == 0) {
            setLineDash4(ctx, 0, 0, 0, 0);
        } else if (pattern.length < 4) {
            setLineDash4(ctx, pattern[0], pattern.length > 1 ? pattern[1] : pattern[0], 0, 0);
        } else {
            setLineDash4(ctx, pattern[0], pattern[1], pattern[2], pattern[3]);
        }
    }

    @JSBody(params = "ctx", script = "return !!(ctx && ctx.setTransform && ctx.fillText);")
    public static native boolean canvasUsable(CanvasRenderingContext2D ctx);

    /** Copies text to the clipboard; calls back with false where that is not allowed (then select-all is the way). */
    @JSBody(params = {"text", "done"}, script = "try { if (navigator.clipboard && navigator.clipboard.writeText) {"
            + " navigator.clipboard.writeText(text).then(function() { done(true); }, function() { done(false); });"
            + " return; } } catch (e) {} done(false);")
    public static native void copyText(String text, Done done);

    /** Selects the whole content of a text field, for a manual copy. */
    @JSBody(params = "el", script = "try { el.focus(); el.select(); } catch (e) {}")
    public static native void selectAll(HTMLElement el);

    /** Everything of the current address before the last '/', e.g. "https://host/kappa/". */
    @JSBody(script = "var h = location.href; var i = h.indexOf('#'); if (i >= 0) h = h.substring(0, i);"
            + " i = h.indexOf('?'); if (i >= 0) h = h.substring(0, i); return h.substring(0, h.lastIndexOf('/') + 1);")
    public static native String baseUrl();

    /**
     * Calls back at the next animation frame, or after 30 ms where frames do not come (HtmlUnit
     * has no frames; a hidden tab pauses them); returns a handle for {@link #cancelFrame}.
     */
    @JSBody(params = "cb", script = "var done = false; var run = function () { if (done) return; done = true;"
            + " if (h.t) clearTimeout(h.t); if (h.r && window.cancelAnimationFrame) cancelAnimationFrame(h.r); cb(); };"
            + " var h = {}; h.t = setTimeout(run, 30);"
            + " if (window.requestAnimationFrame) h.r = requestAnimationFrame(run); return h;")
    public static native JSObject nextFrame(Callback cb);

    @JSBody(params = "h", script = "if (!h) return; clearTimeout(h.t);"
            + " if (h.r && window.cancelAnimationFrame) cancelAnimationFrame(h.r);")
    public static native void cancelFrame(JSObject h);

    /** Replaces the location hash without a hashchange event or a history entry. */
    @JSBody(params = "hash", script = "try { history.replaceState(history.state, '', hash); } catch (e) {"
            + " /* file:// in some browsers */ }")
    public static native void replaceHash(String hash);

    @JSBody(params = {"href", "name"}, script = "var a = document.createElement('a'); a.href = href; a.download = name;"
            + " document.body.appendChild(a); a.click(); document.body.removeChild(a);")
    public static native void download(String href, String name);
}
