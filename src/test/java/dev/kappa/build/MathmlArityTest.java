package dev.kappa.build;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MathmlArityTest {
    @Test
    void wellFormedScriptsPass() {
        assertNull(MathmlArity.problem("<math><msubsup><mi>σ</mi><mrow><mi>m</mi><mi>x</mi></mrow><mn>2</mn>"
                + "</msubsup><mfrac><mn>1</mn><mn>2</mn></mfrac><mspace width=\"1em\"/></math>"));
    }

    @Test
    void aSubscriptWithThreePartsIsNamed() {
        String p = MathmlArity.problem("<math><msub><mi>σ</mi><mi>max</mi><mo>⁡</mo></msub></math>");
        assertNotNull(p);
        assertTrue(p.contains("<msub> has 3 parts where MathML needs 2"), p);
    }

    @Test
    void aFractionWithOnePartIsNamed() {
        assertNotNull(MathmlArity.problem("<math><mfrac><mn>1</mn></mfrac></math>"));
    }

    @Test
    void unbalancedMarkupIsReported() {
        assertNotNull(MathmlArity.problem("<math><mrow><mi>x</mi></math>"));
        assertNotNull(MathmlArity.problem("<math><mrow>"));
    }

    @Test
    void katexOutputForAnOperatorNameAsSubscriptIsRefused() throws Exception {
        try (KatexRenderer katex = new KatexRenderer()) {
            KatexRenderer.TexException e = assertThrows(KatexRenderer.TexException.class,
                    () -> katex.render("\\sigma_{\\max}^2", false));
            assertTrue(e.getMessage().contains("\\mathrm{max}"), e.getMessage());
            assertNull(MathmlArity.problem(katex.render("\\sigma_{\\mathrm{max}}^2", false)));
            assertNull(MathmlArity.problem(katex.render(
                    "\\begin{bmatrix}1 & x\\\\ \\frac{a}{b} & \\sqrt[3]{x}\\end{bmatrix}\\sum_{i=1}^n", true)));
        }
    }
}
