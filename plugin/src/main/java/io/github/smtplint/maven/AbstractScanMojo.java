package io.github.smtplint.maven;

import io.github.smtplint.engine.ConfigurationException;
import io.github.smtplint.engine.Engine;
import io.github.smtplint.engine.EngineConfig;
import io.github.smtplint.engine.RuleLevel;
import io.github.smtplint.engine.ScanResult;
import io.github.smtplint.report.ReportContext;
import java.io.File;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What the goals that scan a project share: which sources to read and how, translated into one
 * engine call. Parameter names follow the PMD and Checkstyle plugins where they mean the same.
 */
abstract class AbstractScanMojo extends AbstractMojo {

    /** Whether to read test sources too. */
    @Parameter(property = "smtp-lint.includeTests", defaultValue = "false")
    boolean includeTests;

    /** Whether to read generated sources (source roots under the build directory) too. */
    @Parameter(property = "smtp-lint.includeGeneratedSources", defaultValue = "false")
    boolean includeGeneratedSources;

    /** Globs of the files to read, relative to each source root. */
    @Parameter
    List<String> includes;

    /** Globs of the files to leave out, relative to each source root. */
    @Parameter
    List<String> excludes;

    /** The encoding of the source files. */
    @Parameter(property = "smtp-lint.encoding", defaultValue = "${project.build.sourceEncoding}")
    String encoding;

    /**
     * The Java version the sources are written in, e.g. {@code 17}; by default the project's
     * {@code maven.compiler.release} or {@code maven.compiler.source}, else the newest Java smtp-lint reads.
     */
    @Parameter(property = "smtp-lint.languageLevel")
    String languageLevel;

    /**
     * Per-rule levels, by rule id: {@code OFF}, {@code INFO}, {@code WARNING} or {@code ERROR}, e.g.
     * {@code <rules><EnhancedBasicMismatch>OFF</EnhancedBasicMismatch></rules>}.
     */
    @Parameter
    Map<String, String> rules;

    /** A tab-separated file of vendor codes to add to the catalog (kind, code, meaning, reference). */
    @Parameter(property = "smtp-lint.catalogExtension")
    File catalogExtension;

    /**
     * Whether to parse only the files whose text can hold an SMTP code. The findings are the same either
     * way; without it, syntax errors are reported in every file, at the cost of parsing them all.
     */
    @Parameter(property = "smtp-lint.prefilter", defaultValue = "true")
    boolean prefilter = true;

    /**
     * Whether to keep the facts of each file between builds, so that a file whose content has not changed
     * is not parsed again. The findings are the same either way.
     */
    @Parameter(property = "smtp-lint.cache", defaultValue = "true")
    boolean cache = true;

    /** Where the cache is kept; it may be deleted at any time, and is rebuilt by the next scan. */
    @Parameter(property = "smtp-lint.cacheDirectory", defaultValue = "${project.build.directory}/smtp-lint/cache")
    File cacheDirectory;

    /** How many files to parse at once; 0 means one per available processor. */
    @Parameter(property = "smtp-lint.threads", defaultValue = "0")
    int threads;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    MavenSession session;

    /** The source roots this project's scan reads, existing ones only. */
    List<Path> sourceRoots() {
        List<String> roots = new ArrayList<>(project.getCompileSourceRoots());
        if (includeTests) {
            roots.addAll(project.getTestCompileSourceRoots());
        }
        Path buildDirectory = Path.of(project.getBuild().getDirectory()).toAbsolutePath().normalize();
        List<Path> existing = new ArrayList<>();
        for (String root : roots) {
            Path path = Path.of(root).toAbsolutePath().normalize();
            boolean generated = path.startsWith(buildDirectory);
            if (Files.isDirectory(path) && (includeGeneratedSources || !generated) && !existing.contains(path)) {
                existing.add(path);
            }
        }
        return existing;
    }

    ScanResult scan(Engine engine) throws MojoExecutionException {
        return scan(engine, engineConfig(engine.ruleIds()));
    }

    ScanResult scan(Engine engine, EngineConfig config) throws MojoExecutionException {
        try {
            return engine.scan(sourceRoots(), config);
        } catch (ConfigurationException e) {
            throw new MojoExecutionException("smtp-lint: " + e.getMessage());
        }
    }

    EngineConfig engineConfig(List<String> ruleIds) throws MojoExecutionException {
        EngineConfig config = EngineConfig.defaults()
                .withCharset(charset())
                .withLanguageLevel(languageLevel())
                .withFiles(given(includes).isEmpty() ? EngineConfig.ALL_JAVA_FILES : given(includes), given(excludes))
                .withPrefilter(prefilter);
        if (threads < 0) {
            throw new MojoExecutionException("smtp-lint: threads is " + threads
                    + "; give 0 (one per processor) or a positive number");
        }
        if (threads > 0) {
            config = config.withThreads(threads);
        }
        if (catalogExtension != null) {
            config = config.withCatalogExtension(catalogExtension.toPath());
        }
        if (cache && cacheDirectory != null) {
            config = config.withCache(cacheDirectory.toPath());
        }
        if (rules != null) {
            for (Map.Entry<String, String> rule : rules.entrySet()) {
                if (!ruleIds.contains(rule.getKey())) {
                    throw new MojoExecutionException("smtp-lint: rules has the unknown rule id '" + rule.getKey()
                            + "'; the rule ids are: " + String.join(", ", ruleIds));
                }
                String word = rule.getValue() == null ? "" : rule.getValue();
                RuleLevel level = RuleLevel.parse(word).orElseThrow(() -> new MojoExecutionException(
                        "smtp-lint: rules has '" + word + "' for " + rule.getKey()
                                + "; use OFF, INFO, WARNING or ERROR"));
                config = config.withRuleLevel(rule.getKey(), level);
            }
        }
        return config;
    }

    /**
     * For reports: paths relative to the folder the build is for (the one holding {@code .mvn}, or the
     * top-level project), the same whether the build starts there or with {@code -pl} or {@code -f}.
     */
    ReportContext reportContext(Engine engine) {
        File multiModuleRoot = session.getRequest() == null ? null : session.getRequest().getMultiModuleProjectDirectory();
        Path root = multiModuleRoot != null ? multiModuleRoot.toPath()
                : session.getTopLevelProject() != null ? session.getTopLevelProject().getBasedir().toPath()
                : project.getBasedir().toPath();
        return new ReportContext(root, "smtp-lint/" + project.getArtifactId() + "/", engine.rules());
    }

    /** For the module's baseline: paths relative to the module, so that it matches wherever the build starts. */
    ReportContext baselineContext(Engine engine) {
        return new ReportContext(project.getBasedir().toPath(), "smtp-lint/" + project.getArtifactId() + "/",
                engine.rules());
    }

    /** The entries of a list parameter that say something: Maven turns an empty entry into null. */
    static List<String> given(List<String> entries) {
        return entries == null ? List.of()
                : entries.stream().filter(e -> e != null && !e.isBlank()).map(String::trim).toList();
    }

    private Charset charset() throws MojoExecutionException {
        String name = encoding == null || encoding.isBlank() ? "UTF-8" : encoding;
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new MojoExecutionException("smtp-lint: encoding '" + name + "' is not a charset this Java knows;"
                    + " use a name such as UTF-8 or ISO-8859-1");
        }
    }

    private String languageLevel() {
        if (languageLevel != null && !languageLevel.isBlank()) {
            return languageLevel;
        }
        Properties properties = project.getProperties();
        for (String key : List.of("maven.compiler.release", "maven.compiler.source")) {
            String value = properties.getProperty(key);
            if (value != null && !value.isBlank() && !value.contains("${")) {
                return value;
            }
        }
        return EngineConfig.NEWEST;
    }
}
