package dev.kappa.browser;

import java.util.List;
import org.htmlunit.BrowserVersion;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlPage;

/** The HtmlUnit browser every HtmlUnit test uses: script errors collected, not thrown, and no CSS engine. */
final class HtmlUnitClient {
    private HtmlUnitClient() {
    }

    /** A fresh client that appends each script error's message to {@code scriptErrors}. */
    static WebClient open(List<String> scriptErrors) {
        WebClient client = new WebClient(BrowserVersion.FIREFOX);
        client.getOptions().setThrowExceptionOnScriptError(false);
        client.getOptions().setCssEnabled(false);
        client.setJavaScriptErrorListener(new org.htmlunit.javascript.SilentJavaScriptErrorListener() {
            @Override
            public void scriptException(HtmlPage page, org.htmlunit.ScriptException e) {
                scriptErrors.add(e.getMessage());
            }
        });
        return client;
    }
}
