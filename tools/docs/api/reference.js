/* The API reference: Swagger UI rendering the embedded spec (window.IAMPORT_OPENAPI, spec.js).
 *
 * ?filter=WORD pre-fills the filter box, and typing in the box updates ?filter= so a filtered
 * view can be bookmarked. Deep links (#/tag/operationId) open one operation.
 */
(function () {
  "use strict";

  // Swagger UI's built-in filter matches tag names only; this one also matches each
  // operation's id, path, method and summary (English and Korean, x-summary-ko), and hides
  // operations that do not match.
  function operationText(op) {
    var operation = op.get("operation");
    return [
      op.get("path"),
      op.get("method"),
      operation.get("operationId") || "",
      operation.get("summary") || "",
      operation.get("x-summary-ko") || "",
    ].join(" ").toLowerCase();
  }

  function OperationFilterPlugin() {
    return {
      fn: {
        opsFilter: function (taggedOps, phrase) {
          var needle = String(phrase || "").trim().toLowerCase();
          if (!needle) {
            return taggedOps;
          }
          return taggedOps
            .map(function (tagObj, tag) {
              if (String(tag).toLowerCase().indexOf(needle) !== -1) {
                return tagObj;
              }
              return tagObj.update("operations", function (ops) {
                return ops.filter(function (op) {
                  return operationText(op).indexOf(needle) !== -1;
                });
              });
            })
            .filter(function (tagObj) {
              return tagObj.get("operations").size > 0;
            });
        },
      },
      statePlugins: {
        layout: {
          wrapActions: {
            updateFilter: function (original) {
              return function (phrase) {
                try {
                  var url = new URL(window.location.href);
                  if (phrase) {
                    url.searchParams.set("filter", phrase);
                  } else {
                    url.searchParams.delete("filter");
                  }
                  window.history.replaceState(null, "", url.toString());
                } catch (error) {
                  // Some browsers refuse history changes on file:// pages; filtering still works.
                }
                return original(phrase);
              };
            },
          },
        },
      },
    };
  }

  var initialFilter = new URLSearchParams(window.location.search).get("filter");
  var PLACEHOLDER = "Filter by name, path, summary or tag (e.g. cancel, 취소)";

  // The guide link goes back to the guide in the reader's language: ?lang=ko, a Korean page
  // that linked here, or the language the guide was last read in.
  function readerLanguage() {
    var asked = new URLSearchParams(window.location.search).get("lang");
    if (asked) {
      return asked;
    }
    if (/\/ko\//.test(document.referrer || "")) {
      return "ko";
    }
    try {
      return window.localStorage.getItem("iamport-docs-lang") || "en";
    } catch (error) {
      return "en";
    }
  }
  var home = document.querySelector(".iamport-bar__home");
  if (home && readerLanguage() === "ko") {
    home.setAttribute("href", home.getAttribute("data-ko-href"));
    home.textContent = home.getAttribute("data-ko-text");
    document.documentElement.lang = "ko";
  }

  // Nothing to authorize: "Try it out" is off (it would send real credentials to the live API),
  // so the Authorize button and the padlocks would only confuse.
  function NoAuthorizePlugin() {
    var nothing = function () {
      return function () {
        return null;
      };
    };
    return { wrapComponents: { authorizeBtn: nothing, authorizeOperationBtn: nothing } };
  }

  // Swagger UI writes "Filter by tag" into its box on every render; this filter matches more.
  function keepPlaceholder() {
    var box = document.querySelector(".operation-filter-input");
    if (box && box.getAttribute("placeholder") !== PLACEHOLDER) {
      box.setAttribute("placeholder", PLACEHOLDER);
    }
  }
  new MutationObserver(keepPlaceholder).observe(document.getElementById("swagger-ui"), {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ["placeholder"],
  });

  window.ui = SwaggerUIBundle({
    spec: window.IAMPORT_OPENAPI,
    dom_id: "#swagger-ui",
    layout: "BaseLayout",
    presets: [SwaggerUIBundle.presets.apis],
    plugins: [OperationFilterPlugin, NoAuthorizePlugin],
    deepLinking: true,
    displayOperationId: true,
    docExpansion: "list",
    defaultModelsExpandDepth: 1,
    defaultModelExpandDepth: 2,
    filter: initialFilter ? initialFilter : true,
    showExtensions: true,
    showCommonExtensions: true,
    // Documentation only: no "Try it out" (it would send real credentials to the live API).
    supportedSubmitMethods: [],
    validatorUrl: null,
    onComplete: keepPlaceholder,
  });
})();
