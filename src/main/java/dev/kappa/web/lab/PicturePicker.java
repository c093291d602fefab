package dev.kappa.web.lab;

import dev.kappa.lab.GreyPicture;
import dev.kappa.web.Dom;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * "Your picture" for a lab that takes one ({@link dev.kappa.lab.PictureInput}): a file input and a
 * drop zone. The file is decoded by the browser itself (an {@code Image} from an object URL),
 * drawn scaled so its longer side is at most {@link GreyPicture#MAX_SIDE}, and read back as grey
 * levels (0.299R + 0.587G + 0.114B, transparent parts on white); nothing is uploaded or stored.
 * A file that is not a picture the browser can read, or that is too large, is refused with a
 * note and the picture on display stays.
 */
final class PicturePicker {
    /** Files larger than this are not read at all. */
    static final int MAX_BYTES = 40_000_000;
    /** Pictures with more pixels than this are refused before they are drawn (decoding them alone costs seconds). */
    static final int MAX_PIXELS = 50_000_000;

    /** What the page does with a picture the learner chose. */
    interface Taker {
        void take(GreyPicture picture);
    }

    /** Receives the decoded picture (levels: one character 0…255 per pixel, row by row) or an error. */
    @JSFunctor
    interface Receiver extends JSObject {
        void receive(String name, int width, int height, int rows, int cols, String levels, String error);
    }

    private final HTMLElement root;
    private final HTMLElement status;

    PicturePicker(String labId, Taker taker) {
        root = Dom.el("div", "control picture-input");
        root.setAttribute("data-picture-input", "true");
        String id = "p-" + labId + "-picture";
        HTMLElement label = Dom.text("label", null, "Your picture (choose or drop a file; it stays on this device)");
        label.setAttribute("for", id);
        root.appendChild(label);
        HTMLElement file = Dom.el("input");
        file.setAttribute("type", "file");
        file.setAttribute("id", id);
        file.setAttribute("accept", "image/*");
        file.setAttribute("data-picture-file", "true");
        root.appendChild(file);
        status = Dom.el("p", "picture-status");
        status.setAttribute("role", "status");
        status.setAttribute("data-picture-status", "true");
        root.appendChild(status);
        Receiver receiver = (name, width, height, rows, cols, levels, error) -> {
            String called = name == null ? "The file" : "“" + name + "”";
            if (error != null) {
                status.setTextContent(called + " was not used: " + error + ". The picture on display stays.");
                status.setClassName("picture-status picture-status-refused");
                return;
            }
            GreyPicture picture;
            try {
                picture = GreyPicture.ofBytes(rows, cols, levels);
            } catch (IllegalArgumentException e) {
                status.setTextContent(called + " was not used: " + e.getMessage() + ". The picture on display stays.");
                status.setClassName("picture-status picture-status-refused");
                return;
            }
            status.setTextContent(called + " (" + width + "×" + height + " pixels) is shown as a " + rows + "×" + cols
                    + " grey matrix. It was read in this page only and is not uploaded or kept.");
            status.setClassName("picture-status");
            taker.take(picture);
        };
        file.addEventListener("change", e -> decode(file, null, GreyPicture.MAX_SIDE, MAX_BYTES, MAX_PIXELS, receiver));
        root.addEventListener("dragover", e -> e.preventDefault());
        root.addEventListener("drop", e -> {
            e.preventDefault();
            decode(null, e, GreyPicture.MAX_SIDE, MAX_BYTES, MAX_PIXELS, receiver);
        });
    }

    HTMLElement element() {
        return root;
    }

    /**
     * Decodes the first file of a file input or of a drop event (the other argument null). Local
     * names are long on purpose: TeaVM's JS output renames parameters to single letters without
     * looking at the script's own variables.
     */
    @JSBody(params = {"input", "drop", "maxSide", "maxBytes", "maxPixels", "receiver"}, script = ""
            + "var file = input ? input.files && input.files[0] : drop.dataTransfer && drop.dataTransfer.files"
            + " && drop.dataTransfer.files[0];"
            + " if (!file) { receiver(null, 0, 0, 0, 0, null, 'no file was given'); return; }"
            + " if (file.size > maxBytes) { receiver(file.name, 0, 0, 0, 0, null, 'it is ' + file.size"
            + " + ' bytes; files up to ' + maxBytes + ' bytes are read'); return; }"
            + " if (file.type && file.type.indexOf('image/') !== 0) { receiver(file.name, 0, 0, 0, 0, null,"
            + " 'it is not a picture (its type is ' + file.type + ')'); return; }"
            + " var address = URL.createObjectURL(file); var picture = new Image();"
            + " picture.onerror = function () { URL.revokeObjectURL(address); receiver(file.name, 0, 0, 0, 0, null,"
            + " 'this browser cannot read it as a picture'); };"
            + " picture.onload = function () { URL.revokeObjectURL(address);"
            + " var width = picture.naturalWidth, height = picture.naturalHeight;"
            + " if (!(width > 0 && height > 0)) { receiver(file.name, 0, 0, 0, 0, null, 'it has no pixels'); return; }"
            + " if (width * height > maxPixels) { receiver(file.name, width, height, 0, 0, null, 'it is ' + width + '×'"
            + " + height + ' pixels (' + Math.round(width * height / 1e6) + ' megapixels); pictures up to '"
            + " + Math.round(maxPixels / 1e6) + ' megapixels are read'); return; }"
            + " var factor = Math.min(1, maxSide / Math.max(width, height));"
            + " var across = Math.max(2, Math.round(width * factor)), down = Math.max(2, Math.round(height * factor));"
            + " try { var canvas = document.createElement('canvas'); canvas.width = across; canvas.height = down;"
            + " var context = canvas.getContext('2d'); context.fillStyle = '#fff'; context.fillRect(0, 0, across, down);"
            + " context.imageSmoothingQuality = 'high'; context.drawImage(picture, 0, 0, across, down);"
            + " var rgba = context.getImageData(0, 0, across, down).data; var greys = [];"
            + " for (var index = 0; index < across * down; index++) { var offset = 4 * index;"
            + " greys.push(String.fromCharCode(Math.round(0.299 * rgba[offset] + 0.587 * rgba[offset + 1]"
            + " + 0.114 * rgba[offset + 2]))); }"
            + " receiver(file.name, width, height, down, across, greys.join(''), null); }"
            + " catch (error) { receiver(file.name, width, height, 0, 0, null, 'the browser could not read its pixels ('"
            + " + error + ')'); } };"
            + " picture.src = address;")
    private static native void decode(HTMLElement input, JSObject drop, int maxSide, int maxBytes, int maxPixels,
            Receiver receiver);
}
