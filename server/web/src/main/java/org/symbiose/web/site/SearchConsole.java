package org.symbiose.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
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

    public void rebuild() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!visitor.isAdministrator()) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "Administrators only", null));
        } else if (indexer.rebuild()) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "Rebuild started", null));
        } else {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, "A rebuild is already running", null));
        }
    }
}
