package dev.kappa.web.learn;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLElement;

/** Files the learner saves and opens: a download made from a Blob, and the text of a chosen file. */
final class FileIO {
    private FileIO() {
    }

    /** Receives a chosen file's name and text, or an error message (then text is null). */
    @JSFunctor
    interface TextReceiver extends JSObject {
        void receive(String name, String text, String error);
    }

    /** Offers {@code text} as a download named {@code fileName} (a JSON file). */
    @JSBody(params = {"fileName", "text"}, script = "var blob = new Blob([text], {type: 'application/json'});"
            + " var url = URL.createObjectURL(blob); var a = document.createElement('a');"
            + " a.href = url; a.download = fileName; a.style.display = 'none'; document.body.appendChild(a); a.click();"
            + " setTimeout(function () { URL.revokeObjectURL(url); if (a.parentNode) a.parentNode.removeChild(a); }, 1000);")
    static native void download(String fileName, String text);

    /** Reads the first file chosen in a file input, at most {@code maxBytes} long. */
    @JSBody(params = {"input", "maxBytes", "receiver"}, script = "var f = input.files && input.files[0];"
            + " if (!f) { receiver(null, null, 'no file was chosen'); return; }"
            + " if (f.size > maxBytes) { receiver(f.name, null, 'the file is ' + f.size + ' bytes, too large to be a Kappa progress file'); return; }"
            + " var r = new FileReader();"
            + " r.onload = function () { receiver(f.name, String(r.result), null); };"
            + " r.onerror = function () { receiver(f.name, null, 'the browser could not read it'); };"
            + " r.readAsText(f);")
    static native void readChosen(HTMLElement input, int maxBytes, TextReceiver receiver);

    /** Today's date as YYYY-MM-DD in local time, for file names. */
    @JSBody(script = "var d = new Date(); function p(n) { return (n < 10 ? '0' : '') + n; }"
            + " return d.getFullYear() + '-' + p(d.getMonth() + 1) + '-' + p(d.getDate());")
    static native String today();
}
