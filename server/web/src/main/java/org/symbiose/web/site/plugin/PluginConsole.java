package org.symbiose.web.site.plugin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.primefaces.model.file.UploadedFile;
import org.symbiose.core.plugin.PluginException;
import org.symbiose.core.plugin.PluginHost;
import org.symbiose.core.plugin.PluginInfo;
import org.symbiose.web.site.Visitor;

/**
 * The administrators' plugin page: what is installed and why, switch on and off, remove, upload.
 * Each action checks the role again: a form can be posted without its page having been shown.
 */
@Named
@RequestScoped
public class PluginConsole {

    @Inject
    private PluginHost host;

    @Inject
    private Visitor visitor;

    private UploadedFile file;

    public List<PluginInfo> getPlugins() {
        return host.plugins();
    }

    public void enable(String id, boolean enabled) {
        if (administrator()) {
            act(() -> host.setEnabled(id, enabled), (enabled ? "Enabled " : "Disabled ") + id);
        }
    }

    public void remove(String id) {
        if (administrator()) {
            act(() -> host.uninstall(id), "Removed " + id + "; its content stays");
        }
    }

    public void upload() {
        if (!administrator()) {
            return;
        }
        if (file == null || file.getSize() == 0) {
            message(FacesMessage.SEVERITY_WARN, "Choose a plugin jar first");
            return;
        }
        act(() -> host.install(file.getContent()), "Received " + file.getFileName() + "; it starts within seconds");
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    private boolean administrator() {
        if (!visitor.isAdministrator()) {
            message(FacesMessage.SEVERITY_ERROR, "Administrators only");
            return false;
        }
        return true;
    }

    private static void act(Runnable action, String done) {
        try {
            action.run();
            message(FacesMessage.SEVERITY_INFO, done);
        } catch (PluginException refused) {
            message(FacesMessage.SEVERITY_ERROR, refused.getMessage());
        }
    }

    private static void message(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}
