package org.symbiose.plugins.blog.wxr;

import java.io.InputStream;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.data.PluginData;
import org.symbiose.api.member.MemberDirectory;
import org.symbiose.api.rest.ProblemException;
import org.symbiose.api.rest.ProblemType;
import org.symbiose.plugins.blog.blog.Blog;
import org.symbiose.plugins.blog.comment.BlogComments;
import org.symbiose.plugins.blog.post.BlogPosts;
import org.symbiose.plugins.blog.xml.SafeXml;
import org.symbiose.plugins.blog.xml.XmlRefusedException;

/**
 * WordPress imports: the file is read whole and checked in the request (so a file that is not a safe, well-formed
 * WordPress export is refused before anything is written), then written in the background on this node; its
 * report is readable here while it runs, and from every node once it ends.
 */
@Component(service = WordPressImports.class)
public class WordPressImports {

    private static final Logger LOG = Logger.getLogger(WordPressImports.class.getName());
    static final String IMPORTS = "import";
    private static final String IDS = "import-ids";
    /** A WordPress export held in memory while it is written: a large blog's is a few megabytes. */
    static final long MAX_BYTES = 256L * 1024 * 1024;

    @Reference
    private BlogPosts posts;

    @Reference
    private BlogComments comments;

    @Reference
    private MemberDirectory members;

    @Reference
    private PluginData data;

    @Reference
    private ScheduledExecutorService executor;

    Clock clock = Clock.systemUTC();

    private final WxrReader reader = new WxrReader(new SafeXml(MAX_BYTES));
    private final Map<Long, ImportReport> running = new ConcurrentHashMap<>();

    /**
     * Starts importing a WordPress export into {@code blog}.
     *
     * @throws ProblemException 400 for malformed or unsafe XML or a file that is not a WordPress export, 413 for one
     *                          too large; nothing is written then
     */
    public ImportProgress start(Blog blog, InputStream file, long adminId) {
        WordPressExport export;
        try {
            export = reader.read(file);
        } catch (XmlRefusedException e) {
            throw new ProblemException(e.reason() == XmlRefusedException.Reason.TOO_LARGE ? ProblemType.PAYLOAD_TOO_LARGE
                    : ProblemType.BAD_REQUEST, "Not a WordPress export: " + e.getMessage());
        } catch (NotWxrException e) {
            throw new ProblemException(ProblemType.BAD_REQUEST, e.getMessage());
        }
        long id = data.increment(IDS, "last", 1);
        ImportReport report = new ImportReport(id, blog.name(), export.title(), export.items().size(), clock);
        running.put(id, report);
        data.put(IMPORTS, Long.toString(id), report.record());
        try {
            executor.execute(() -> run(new WordPressImport(export, blog, adminId, posts, comments, members, report), report));
        } catch (RejectedExecutionException e) {
            running.remove(id);
            report.failed("the server is stopping");
            data.put(IMPORTS, Long.toString(id), report.record());
            throw new ProblemException(ProblemType.UNAVAILABLE, "The server is stopping; import again once it runs");
        }
        return report.progress();
    }

    /** An import's progress and report. */
    public Optional<ImportProgress> progress(long id) {
        ImportReport report = running.get(id);
        if (report != null) {
            return Optional.of(report.progress());
        }
        return data.get(IMPORTS, Long.toString(id)).map(record -> ImportReport.fromRecord(id, record));
    }

    private void run(WordPressImport work, ImportReport report) {
        try {
            work.run();
            report.done();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "A WordPress import stopped; importing the file again resumes it", e);
            report.failed(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        } finally {
            ImportProgress done = report.progress();
            try {
                data.put(IMPORTS, Long.toString(done.id()), report.record());
            } finally {
                // the full report stays readable on this node until the plugin restarts
                if (running.size() > 100) {
                    running.remove(done.id());
                }
            }
        }
    }
}
