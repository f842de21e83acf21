package org.symbiose.web.site.plugin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIMessages;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitHint;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.symbiose.api.member.AccountState;
import org.symbiose.core.member.Member;
import org.symbiose.core.plugin.PluginHost;
import org.symbiose.spi.site.PageAction;
import org.symbiose.spi.site.PageModel;
import org.symbiose.spi.site.PageNotFoundException;
import org.symbiose.spi.site.PageRequest;
import org.symbiose.web.site.LanguageChoice;
import org.symbiose.web.site.SharedPages;
import org.symbiose.web.site.Visitor;

/**
 * Plugins' page models and form actions, for their Facelets:
 * {@code #{pluginPage.model('forum', 'topic')}} and
 * {@code action="#{pluginPage.act('forum', 'topic', 'reply')}"}. A model is computed once per
 * request, best first in a view action ({@code <f:viewAction action="#{pluginPage.load('forum', 'topic')}"/>})
 * so that a model the plugin says does not exist answers 404 before anything is written; later,
 * it is null. A plugin that fails is recorded for administrators and the visitor sees an error
 * page, not the plugin's exception.
 */
@Named
@RequestScoped
public class PluginPage {

    /**
     * The client id of a plugin form's problems that name no field: not a global message, so that
     * the form's own {@code <h:messages/>} lists it, not the page's message area as well. The
     * template lists them only where the page shows no list of its own ({@link #isProblemsUnlisted}).
     */
    static final String WHOLE_FORM = "plugin-form";

    /** The id of the template's own message area, which lists global messages only. */
    private static final String TEMPLATE_MESSAGES = "messages";

    @Inject
    private PluginHost host;

    @Inject
    private Visitor visitor;

    @Inject
    private LanguageChoice language;

    private final Map<String, Object> models = new HashMap<>();

    private boolean visiting;

    public Object model(String plugin, String name) {
        String key = plugin + "/" + name;
        if (!models.containsKey(key)) {
            models.put(key, compute(plugin, name));
        }
        return models.get(key);
    }

    /**
     * The model of a plugin's fragment on a page that is not the plugin's (the home page's
     * {@code home} slot), or null when the plugin has none or fails: a plugin's trouble leaves its
     * fragment empty (recorded for administrators), never the page in error.
     */
    public Object fragment(String plugin, String name) {
        String key = plugin + "/" + name;
        if (!models.containsKey(key)) {
            Object model = null;
            try {
                model = host.contributions().pageModel(plugin, name).map(found -> found.model(request())).orElse(null);
            } catch (PageNotFoundException e) {
                // nothing to show here for this viewer
            } catch (RuntimeException e) {
                host.failed(plugin, "its fragment model " + name + " failed: " + e);
            }
            models.put(key, model);
        }
        return models.get(key);
    }

    /**
     * Whether this request's page is one to keep for the next visitors ({@link SharedPages}): a
     * request it offered, from a visitor not signed in, whose models all say they are
     * {@linkplain PageModel#shared() shared}. The template then renders the page stateless, so
     * that none of its forms names a view kept in one visitor's session.
     */
    public boolean isShared() {
        Map<String, Object> attributes = FacesContext.getCurrentInstance().getExternalContext().getRequestMap();
        return attributes.get(SharedPages.OFFERED) != null && attributes.get(SharedPages.MODEL) != null
                && !visitor.isSignedIn();
    }

    /** Computes a model ahead of rendering, for a view action; stays on the page. */
    public String load(String plugin, String name) {
        model(plugin, name);
        return null;
    }

    /** A plugin form's problems that name no field ({@link #WHOLE_FORM}), for the template's list. */
    public List<FacesMessage> getWholeFormProblems() {
        return FacesContext.getCurrentInstance().getMessageList(WHOLE_FORM);
    }

    /**
     * Whether a refused form's problems would go unseen: there are some, and the page renders no
     * message list but the template's (a plugin page without its own {@code <h:messages/>}, or a
     * form whose list is not rendered, such as a comment form once comments closed).
     */
    public boolean isProblemsUnlisted() {
        FacesContext faces = FacesContext.getCurrentInstance();
        // the visit asks each component whether it renders, the template's list too, which asks this again
        if (visiting || getWholeFormProblems().isEmpty()) {
            return false;
        }
        AtomicBoolean listed = new AtomicBoolean();
        visiting = true;
        try {
            faces.getViewRoot().visitTree(VisitContext.createVisitContext(faces, null,
                    EnumSet.of(VisitHint.SKIP_UNRENDERED)), (context, target) -> {
                        if (target instanceof UIMessages && !TEMPLATE_MESSAGES.equals(target.getId())) {
                            listed.set(true);
                            return VisitResult.COMPLETE;
                        }
                        return VisitResult.ACCEPT;
                    });
        } finally {
            visiting = false;
        }
        return !listed.get();
    }

    /** Runs a form's action: on success the browser goes where the plugin says, else the problems show on the form. */
    public String act(String plugin, String name, String action) {
        PageModel model = host.contributions().pageModel(plugin, name).orElse(null);
        if (model == null) {
            notFound();
            return null;
        }
        PageAction done;
        try {
            done = model.act(action, request());
        } catch (RuntimeException e) {
            host.failed(plugin, "its page action " + name + "/" + action + " failed: " + e);
            throw new IllegalStateException("The " + plugin + " plugin could not do this", e);
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        if (done.redirect() == null) {
            done.problems().forEach((field, problem) -> faces.addMessage(field.isEmpty() ? WHOLE_FORM : field,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, problem, problem)));
            return null;
        }
        ExternalContext external = faces.getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + done.redirect());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
        return null;
    }

    private Object compute(String plugin, String name) {
        PageModel model = host.contributions().pageModel(plugin, name).orElse(null);
        if (model == null) {
            return notFound();
        }
        Map<String, Object> attributes = FacesContext.getCurrentInstance().getExternalContext().getRequestMap();
        if (model.shared() && (models.isEmpty() || attributes.get(SharedPages.MODEL) != null)) {
            attributes.put(SharedPages.MODEL, new SharedPages.Model(plugin, name));
        } else {
            attributes.remove(SharedPages.MODEL);
        }
        try {
            PageRequest request = request();
            Object shown = model.model(request);
            if (attributes.get(SharedPages.MODEL) != null && attributes.get(SharedPages.OFFERED) != null) {
                model.about(request).ifPresent(item -> attributes.put(SharedPages.ITEM, item));
            }
            return shown;
        } catch (PageNotFoundException e) {
            return notFound();
        } catch (RuntimeException e) {
            host.failed(plugin, "its page model " + name + " failed: " + e);
            throw new IllegalStateException("The " + plugin + " plugin could not show this page", e);
        }
    }

    private PageRequest request() {
        Map<String, List<String>> parameters = new HashMap<>();
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap()
                .forEach((key, values) -> parameters.put(key, Arrays.asList(values)));
        Member member = visitor.getMember();
        return new PageRequest(parameters, member == null ? null : member.getId(),
                member != null && member.getState() == AccountState.ACTIVE, language.getLocale());
    }

    /** Ends the request with a 404 page if nothing was written yet; the model is null either way. */
    private Object notFound() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        if (!external.isResponseCommitted()) {
            try {
                external.responseSendError(404, "No such page");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            faces.responseComplete();
        }
        return null;
    }
}
