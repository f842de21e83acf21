package org.symbiose.plugins.blog.site;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.member.Permissions;
import org.symbiose.plugins.blog.blog.Blog;
import org.symbiose.plugins.blog.blog.BlogPermissions;
import org.symbiose.plugins.blog.blog.Blogs;
import org.symbiose.plugins.blog.wxr.ImportProgress;
import org.symbiose.plugins.blog.wxr.WordPressImports;
import org.symbiose.spi.site.PageModel;
import org.symbiose.spi.site.PageNotFoundException;
import org.symbiose.spi.site.PageRequest;

/**
 * The WordPress import page of a blog ({@code import.xhtml?blog=}, {@code &import=} once a file is sent): the
 * page's script sends the file to {@code POST /api/v1/blog/imports}, then polls the import's progress there; the
 * report (what was imported, found from an earlier import, skipped and why) is rendered here once it ended. For
 * holders of {@value BlogPermissions#IMPORT}; the view sends visitors to sign in and refuses other members.
 */
@Component(service = PageModel.class)
public class ImportPage implements PageModel {

    private static final List<String> KINDS = List.of("posts", "pages", "comments", "categories", "tags", "attachments");

    @Reference
    private Blogs blogs;

    @Reference
    private Permissions permissions;

    @Reference
    private WordPressImports imports;

    @Reference
    private PostCards cards;

    @Override
    public String name() {
        return "import";
    }

    @Override
    public Object model(PageRequest request) {
        if (request.viewerId() == null || !permissions.allows(request.viewerId(), BlogPermissions.IMPORT)) {
            throw new PageNotFoundException("Imports are for their permission's holders");
        }
        Blog blog = blogs.byName(PageParameters.required(request, "blog"))
                .orElseThrow(() -> new PageNotFoundException("No such blog"));
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("blog", cards.blog(blog));
        shown.put("upload", "/api/v1/blog/imports?blog=" + blog.name());
        shown.put("progressBase", "/api/v1/blog/imports/");
        shown.put("address", PageAddresses.importing(blog.name(), null));
        shown.put("progress", request.number("import").flatMap(imports::progress)
                .filter(progress -> progress.blog().equals(blog.name())).map(ImportPage::shown).orElse(null));
        return shown;
    }

    /** The import as the page shows it (EL reads maps, not records). */
    private static Map<String, Object> shown(ImportProgress progress) {
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("id", progress.id());
        shown.put("site", progress.site() == null ? "" : progress.site());
        shown.put("state", progress.state());
        shown.put("running", "RUNNING".equals(progress.state()));
        shown.put("items", progress.items());
        shown.put("processed", progress.processed());
        shown.put("imported", counts(progress.imported()));
        shown.put("existing", counts(progress.existing()));
        shown.put("authors", progress.authors().stream().map(author -> Map.of("login", author.login(),
                "name", author.name() == null ? "" : author.name(), "matched", author.matched())).toList());
        shown.put("skipped", progress.skipped().stream().map(skipped -> Map.of("kind", skipped.kind(),
                "id", skipped.id() == null ? "" : skipped.id(), "title", skipped.title() == null ? "" : skipped.title(),
                "reason", skipped.reason(), "code", skipped.code() == null ? "" : skipped.code(),
                "detail", skipped.detail() == null ? "" : skipped.detail())).toList());
        shown.put("skippedCount", progress.skippedCount());
        shown.put("error", progress.error() == null ? "" : progress.error());
        return shown;
    }

    /** The kinds of which there were some, in the order of a blog's content. */
    private static List<Map<String, Object>> counts(Map<String, Integer> byKind) {
        return KINDS.stream().filter(kind -> byKind.getOrDefault(kind, 0) > 0)
                .map(kind -> Map.<String, Object>of("kind", kind, "count", byKind.get(kind))).toList();
    }
}
