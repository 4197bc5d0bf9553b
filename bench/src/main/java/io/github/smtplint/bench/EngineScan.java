package io.github.smtplint.bench;

import io.github.smtplint.engine.Engine;
import io.github.smtplint.engine.EngineConfig;
import io.github.smtplint.engine.ScanResult;
import java.util.List;

/**
 * A full smtp-lint scan of the tree at language level 17, with the lexical pre-filter on or off. Its
 * findings are those about SMTP code: a file the pre-filter does not parse cannot be reported as
 * unparsable, so parse problems are left out of the comparison.
 */
class EngineScan implements Phase {
    private final Engine engine = new Engine();
    private final int threads;
    private final boolean prefilter;

    EngineScan(int threads, boolean prefilter) {
        this.threads = threads;
        this.prefilter = prefilter;
    }

    @Override
    public String name() {
        return prefilter ? "engine, pre-filter" : "engine, no pre-filter";
    }

    @Override
    public Result run(SourceTree tree) throws Exception {
        ScanResult result = engine.scan(List.of(tree.root()), config());
        return new Result(result.filesScanned(), result.filesParsed(), result.codeFindings());
    }

    EngineConfig config() {
        return EngineConfig.defaults().withThreads(threads).withPrefilter(prefilter).withLanguageLevel("17");
    }
}
