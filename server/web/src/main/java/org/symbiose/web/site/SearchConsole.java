package org.symbiose.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.symbiose.core.search.RebuildProgress;
import org.symbiose.core.search.SearchIndexer;

/** The administrators' search index page: its size, its backlog, and a rebuild with its progress. */
@Named
@RequestScoped
public class SearchConsole {

    @Inject
    private SearchIndexer indexer;

    @Inject
    private Visitor visitor;

    @Inject
    private Feedback feedback;

    public int getIndexed() {
        try {
            return indexer.index().size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public long getBacklog() {
        return indexer.backlog();
    }

    public RebuildProgress getRebuild() {
        return indexer.rebuildProgress();
    }

    /** Starts a rebuild; the role is checked again, as a form can be posted without its page. */
    public void rebuild() {
        if (!visitor.isAdministrator()) {
            feedback.page(FacesMessage.SEVERITY_ERROR, "searchAdmin.refused");
        } else if (indexer.rebuild()) {
            feedback.page(FacesMessage.SEVERITY_INFO, "searchAdmin.started");
        } else {
            feedback.page(FacesMessage.SEVERITY_WARN, "searchAdmin.alreadyRunning");
        }
    }
}
