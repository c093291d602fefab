package dev.kappa.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kappa.linalg.Matrix;
import org.junit.jupiter.api.Test;

class StepScheduleTest {
    @Test
    void schedulesFollowTheirFormulas() {
        assertEquals(0.3, StepSchedule.constant(0.3).eta(12345), 0);
        // η₀/(1 + k/m): 0.2 at the start, 0.1 after one epoch of 10 steps, 0.05 after three
        StepSchedule inv = StepSchedule.inverse(0.2, 10);
        assertEquals(0.2, inv.eta(0), 0);
        assertEquals(0.1, inv.eta(10), 1e-17);
        assertEquals(0.05, inv.eta(30), 1e-17);
        // halved every 2 epochs of 5 steps
        StepSchedule step = StepSchedule.stepDecay(0.8, 5, 2);
        assertEquals(0.8, step.eta(9), 0);
        assertEquals(0.4, step.eta(10), 0);
        assertEquals(0.1, step.eta(30), 0);
        // cosine: η₀ at 0, η₀/2 halfway, 0 at the end
        StepSchedule cos = StepSchedule.cosine(1, 100);
        assertEquals(1, cos.eta(0), 0);
        assertEquals(0.5, cos.eta(50), 1e-15);
        assertEquals(0.5 * (1 + Math.cos(Math.PI * 0.37)), cos.eta(37), 1e-15);
        assertEquals(0, cos.eta(100), 0);
    }

    @Test
    void aConstantScheduleIsTheFixedStepBitForBit() {
        LeastSquaresObjective f = new LeastSquaresObjective(Matrix.of(new double[][] {{1, 2}, {3, 1}, {0, 1}, {2, 2}}),
                new double[] {1, 0, 2, 1});
        StochasticGradientDescent a = new StochasticGradientDescent(f, new double[] {0.5, -1}, 0.07, 2, 9);
        StochasticGradientDescent b = new StochasticGradientDescent(f, new double[] {0.5, -1},
                StepSchedule.constant(0.07), 2, 9);
        a.run(25);
        b.run(25);
        assertArrayEquals(a.current(), b.current(), 0);
    }

    @Test
    void badSchedulesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> StepSchedule.constant(0));
        assertThrows(IllegalArgumentException.class, () -> StepSchedule.inverse(0.1, 0));
        assertThrows(IllegalArgumentException.class, () -> StepSchedule.cosine(-1, 10));
    }
}
