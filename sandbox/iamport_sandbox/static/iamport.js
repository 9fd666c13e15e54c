/*
 * iamport-sandbox: a stand-in for Iamport's browser SDK (https://cdn.iamport.kr/v1/iamport.js).
 *
 * A merchant page switches between the real service and the sandbox by changing only this
 * script's URL and the merchant code given to IMP.init. Supported: IMP.init(code) and
 * IMP.request_pay(params, callback) for pay_method "card" (default) and "vbank". On PC the
 * sandbox's checkout page opens in an overlay and the callback receives the result; when
 * params.m_redirect_url is set the whole page goes to the checkout (as mobile gateways do) and
 * comes back to m_redirect_url?imp_uid=...&merchant_uid=...&imp_success=...
 */
(function (global) {
  "use strict";

  var script = document.currentScript;
  var scriptUrl = new URL(script ? script.src : "/v1/iamport.js", global.location.href);
  var base = scriptUrl.href.replace(/\/v1\/iamport\.js(?:[?#].*)?$/, "");
  var sandboxOrigin = scriptUrl.origin;
  var merchantCode = null;
  var pending = null;
  var counter = 0;

  function failure(params, code, message) {
    return {
      success: false,
      imp_uid: null,
      merchant_uid: params && params.merchant_uid ? String(params.merchant_uid) : null,
      error_code: code,
      error_msg: message
    };
  }

  function field(form, name, value) {
    var input = document.createElement("input");
    input.type = "hidden";
    input.name = name;
    input.value = value;
    form.appendChild(input);
  }

  function close(rsp) {
    var current = pending;
    pending = null;
    if (current === null) {
      return;
    }
    if (current.overlay.parentNode) {
      current.overlay.parentNode.removeChild(current.overlay);
    }
    current.callback(rsp);
  }

  global.addEventListener("message", function (event) {
    var data = event.data;
    if (event.origin !== sandboxOrigin || !data || data.type !== "iamport-sandbox:result") {
      return;
    }
    close(data.rsp);
  });

  var IMP = {
    init: function (code) {
      merchantCode = String(code);
    },

    request_pay: function (params, callback) {
      params = params || {};
      var done = typeof callback === "function" ? callback : function () {};
      if (merchantCode === null) {
        done(failure(params, "F0001", "IMP.init()으로 가맹점 식별코드를 먼저 설정해야 합니다."));
        return;
      }
      if (pending !== null) {
        done(failure(params, "F0001", "이미 진행 중인 결제가 있습니다."));
        return;
      }
      var mobile = Boolean(params.m_redirect_url);
      var form = document.createElement("form");
      form.method = "POST";
      form.action = base + "/checkout";
      form.style.display = "none";
      field(form, "user_code", merchantCode);
      field(form, "params", JSON.stringify(params));
      field(form, "mode", mobile ? "mobile" : "pc");
      if (mobile) {
        document.body.appendChild(form);
        form.submit();
        return;
      }
      counter += 1;
      var overlay = document.createElement("div");
      overlay.id = "imp-sandbox-overlay";
      overlay.style.cssText =
        "position:fixed;inset:0;z-index:2147483647;background:rgba(0,0,0,.55);" +
        "display:flex;align-items:center;justify-content:center;";
      var frame = document.createElement("iframe");
      frame.id = "imp-sandbox-frame";
      frame.name = "imp-sandbox-frame-" + counter;
      frame.title = "Iamport sandbox checkout";
      frame.style.cssText =
        "width:420px;max-width:96vw;height:560px;max-height:96vh;border:0;" +
        "border-radius:10px;background:#fff;";
      overlay.appendChild(frame);
      document.body.appendChild(overlay);
      form.target = frame.name;
      document.body.appendChild(form);
      pending = { callback: done, overlay: overlay };
      form.submit();
      form.parentNode.removeChild(form);
    }
  };

  global.IMP = IMP;
})(window);
