package io.github.smtplint.processor;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TaskEvent;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

class FirstCandidateTest {
    private static final String PLAIN = "class Sizes { static final int PAGE = 250; int timeoutMillis = 500; }";
    private static final String HTTP = "class Http { static final int NOT_FOUND = 404; String reason = \"Not Found\"; }";
    private static final String SMTP = "class Mail { static final int SMTP_PORT = 25; }";
    private static final String REPLY_LINE = "class Texts { String rejected = \"550 5.1.1 unknown\"; }";

    private final AtomicInteger told = new AtomicInteger();
    private final FirstCandidate listener = new FirstCandidate(told::incrementAndGet);

    @Test
    void sourcesWithoutEvidenceOfSmtpTellNothing() throws Exception {
        parsed(PLAIN, HTTP).forEach(unit -> listener.finished(new TaskEvent(TaskEvent.Kind.PARSE, unit)));

        assertThat(told).hasValue(0);
    }

    @Test
    void theFirstSourceThatMayHoldASiteTellsAndTheLaterOnesDoNot() throws Exception {
        List<CompilationUnitTree> units = parsed(PLAIN, SMTP, REPLY_LINE);

        listener.finished(new TaskEvent(TaskEvent.Kind.PARSE, units.get(0)));
        assertThat(told).hasValue(0);
        listener.finished(new TaskEvent(TaskEvent.Kind.PARSE, units.get(1)));
        assertThat(told).hasValue(1);
        listener.finished(new TaskEvent(TaskEvent.Kind.PARSE, units.get(2)));
        assertThat(told).hasValue(1);
    }

    @Test
    void anEnhancedReplyLineIsEvidenceEnough() throws Exception {
        listener.finished(new TaskEvent(TaskEvent.Kind.PARSE, parsed(REPLY_LINE).get(0)));

        assertThat(told).hasValue(1);
    }

    @Test
    void onlyParsedSourcesCount() throws Exception {
        CompilationUnitTree smtp = parsed(SMTP).get(0);

        listener.started(new TaskEvent(TaskEvent.Kind.PARSE, smtp));
        listener.finished(new TaskEvent(TaskEvent.Kind.ENTER, smtp));
        listener.finished(new TaskEvent(TaskEvent.Kind.ANALYZE, smtp));
        assertThat(told).hasValue(0);

        listener.finished(new TaskEvent(TaskEvent.Kind.PARSE, smtp));
        assertThat(told).hasValue(1);
    }

    private static List<CompilationUnitTree> parsed(String... texts) throws Exception {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<JavaFileObject> sources = new ArrayList<>();
        for (String text : texts) {
            String name = text.substring("class ".length(), text.indexOf(' ', "class ".length()));
            sources.add(new SimpleJavaFileObject(URI.create("string:///" + name + ".java"), JavaFileObject.Kind.SOURCE) {
                @Override
                public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                    return text;
                }
            });
        }
        JavacTask task = (JavacTask) javac.getTask(null, null, null, List.of("-proc:none"), null, sources);
        List<CompilationUnitTree> units = new ArrayList<>();
        task.parse().forEach(units::add);
        return units;
    }
}
