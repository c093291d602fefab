package dev.kappa.web.learn;

import org.teavm.jso.JSBody;

/**
 * Completion events for course hosts (DESIGN.md, "Completion events"): inside an embed,
 * {@code {type: "kappa:event", verb, object, score, success}} is posted to the parent page, so an
 * LMS page can record progress without a server. Outside an iframe, or on the full app, nothing is
 * sent. The message carries only the activity id and the score, so any origin may receive it.
 *
 * <p>Every event is also handed to {@code window.kappaActivity} (webapp/course.js), which reports
 * it to a SCORM LMS and turns it into an xAPI statement, in the full app as in embeds.
 */
final class HostEvents {
    private HostEvents() {
    }

    /**
     * @param verb "answered" (one exercise or question) or "completed" (a quiz or a review session)
     * @param object what was done, e.g. "quiz/conditioning" or "exercise/min-norm-2x3?seed=5"
     * @param score the scaled score in [0, 1]
     */
    @JSBody(params = {"verb", "object", "score", "success"}, script = "try {"
            + " if (typeof window.kappaActivity === 'function') window.kappaActivity(verb, object, score, success);"
            + " } catch (e) { } try {"
            + " if (window.parent && window.parent !== window"
            + " && document.documentElement.getAttribute('data-kappa-mode') === 'embed') {"
            + " window.parent.postMessage({type: 'kappa:event', verb: verb, object: object, score: score,"
            + " success: success}, '*'); } } catch (e) { }")
    static native void post(String verb, String object, double score, boolean success);
}
