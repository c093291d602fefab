package dev.kappa.lab;

/**
 * A lab that can show a picture the learner brings (a file chosen or dropped on the page). The
 * view decodes the file in the browser, scales it to at most {@link GreyPicture#MAX_SIDE} pixels
 * on its longer side and hands the grey levels to {@link #takePicture}; the picture never leaves
 * the page and is not part of the address (a shared link shows the lab's own picture instead).
 */
public interface PictureInput {
    /** Keeps the learner's picture for the following computations. */
    void takePicture(GreyPicture picture);

    /** Sets the parameters so that the learner's picture is shown. */
    void showPicture(ParamSet values);
}
