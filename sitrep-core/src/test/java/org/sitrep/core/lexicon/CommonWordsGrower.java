package org.sitrep.core.lexicon;

import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.dictionary.Dictionary;
import org.sitrep.core.geo.Gazetteer;

import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;

/**
 * The English words that are also place names somewhere in the gazetteer ("Peace", "Mission", "Victory"): WordNet
 * 3.1 lemmas of one word whose every sense is a common one (no instance of a place or person, no proper-noun sense)
 * and that some gazetteer name shares. Written to {@code lang/en/common-words.txt}; a capitalised word from this list
 * is a place only when the words say so ("in X", "the town of X"), never by a gazetteer match alone.
 */
public final class CommonWordsGrower {
    private CommonWordsGrower() {
    }

    public static Set<String> grow(Gazetteer gazetteer) throws Exception {
        Dictionary d = Dictionary.getDefaultResourceInstance();
        Set<String> out = new TreeSet<>();
        for (POS pos : POS.getAllPOS()) {
            Iterator<IndexWord> it = d.getIndexWordIterator(pos);
            while (it.hasNext()) {
                String w = it.next().getLemma();
                if (w.length() < 3 || !w.chars().allMatch(Character::isLetter) || out.contains(w)) {
                    continue;
                }
                if (onlyCommon(d, w) && gazetteer.hasNormal(gazetteer.keys().normal(w))) {
                    out.add(w);
                }
            }
        }
        return out;
    }

    private static boolean onlyCommon(Dictionary d, String w) throws Exception {
        for (POS pos : POS.getAllPOS()) {
            IndexWord iw = d.getIndexWord(pos, w);
            if (iw == null) {
                continue;
            }
            for (Synset s : iw.getSenses()) {
                if (!s.getPointers(PointerType.INSTANCE_HYPERNYM).isEmpty() || s.getWords().stream()
                        .anyMatch(x -> x.getLemma().equalsIgnoreCase(w) && Character.isUpperCase(x.getLemma().charAt(0)))) {
                    return false;
                }
            }
        }
        return true;
    }
}
