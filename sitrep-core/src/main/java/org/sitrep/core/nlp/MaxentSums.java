package org.sitrep.core.nlp;

import java.util.Map;

import opennlp.tools.ml.model.Context;

/** The score sums of an OpenNLP maximum-entropy model, as its {@code GISModel} makes them before normalising. */
final class MaxentSums {
    private MaxentSums() {
    }

    /**
     * Adds to {@code sums}, per outcome, the parameters of each feature the model knows, feature by feature in the
     * order given (the model's own order of additions, so the sums are the model's to the bit).
     */
    static void add(Map<String, Context> params, Iterable<String> features, double[] sums) {
        for (String f : features) {
            Context c = params.get(f);
            if (c != null) {
                int[] outcomes = c.getOutcomes();
                double[] values = c.getParameters();
                for (int j = 0; j < outcomes.length; j++) {
                    sums[outcomes[j]] += values[j];
                }
            }
        }
    }
}
