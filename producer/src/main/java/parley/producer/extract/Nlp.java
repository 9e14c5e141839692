package parley.producer.extract;

import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** OpenNLP sentence detection: the model is loaded once and shared; each thread has its own (non-thread-safe) ME instance. */
final class Nlp {
    private Nlp() { }

    private static final class Models {
        static final SentenceModel SENT = load();

        private static SentenceModel load() {
            try (InputStream in = Nlp.class.getResourceAsStream("/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin")) {
                if (in == null) throw new IllegalStateException("OpenNLP sentence model not on the classpath");
                return new SentenceModel(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final ThreadLocal<SentenceDetectorME> DETECTOR = ThreadLocal.withInitial(() -> new SentenceDetectorME(Models.SENT));

    /** Sentences of one paragraph, as [start, end) spans. */
    static List<int[]> sentences(String paragraph) {
        List<int[]> out = new ArrayList<>();
        for (Span s : DETECTOR.get().sentPosDetect(paragraph)) out.add(new int[]{s.getStart(), s.getEnd()});
        return out;
    }
}
