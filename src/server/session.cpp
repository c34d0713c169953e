#include "server/session.h"

#include <algorithm>
#include <memory>
#include <thread>

namespace tactful::server {

void MessageQueue::push(Item item) {
  {
    std::lock_guard lock(mutex_);
    items_.push_back(std::move(item));
  }
  ready_.notify_one();
}

MessageQueue::Item MessageQueue::pop() {
  std::unique_lock lock(mutex_);
  ready_.wait(lock, [this] { return !items_.empty(); });
  Item item = std::move(items_.front());
  items_.pop_front();
  return item;
}

void MessageQueue::end_of_input(std::string problem) {
  {
    std::lock_guard lock(mutex_);
    const auto method_of = [](const Item& item) -> std::string {
      if (item.kind != Item::Kind::message || !item.message.is_object()) return {};
      const auto method = item.message.find("method");
      return method != item.message.end() && method->is_string() ? method->get<std::string>() : std::string();
    };
    // A client that sent `exit` before closing its end (a script, a pipe)
    // said goodbye properly and is owed every answer, in order. One that
    // hung up without it is gone: answer nothing but the lifecycle.
    const bool said_exit = std::any_of(items_.begin(), items_.end(), [&](const Item& item) { return method_of(item) == "exit"; });
    if (!said_exit)
      std::erase_if(items_, [&](const Item& item) {
        const std::string method = method_of(item);
        return method != "initialize" && method != "shutdown";
      });
    items_.push_back({Item::Kind::end, nullptr, lsp::ErrorCode::parse_error, std::move(problem)});
  }
  ready_.notify_one();
}

void MessageQueue::cancel(const lsp::json& id) {
  std::lock_guard lock(mutex_);
  // Only a request still waiting can be cancelled; remember nothing else.
  for (const Item& item : items_)
    if (item.kind == Item::Kind::message && item.message.is_object() && item.message.contains("method") &&
        item.message.value("id", lsp::json()) == id) {
      cancelled_.insert(id.dump());
      return;
    }
}

bool MessageQueue::take_cancelled(const lsp::json& id) {
  std::lock_guard lock(mutex_);
  return cancelled_.erase(id.dump()) > 0;
}

bool MessageQueue::has_change_for(const std::string& uri) {
  std::lock_guard lock(mutex_);
  for (const Item& item : items_) {
    if (item.kind != Item::Kind::message || !item.message.is_object()) continue;
    // Client input: look, never assume types (json::value would throw on them).
    const lsp::json& m = item.message;
    const auto method = m.find("method");
    if (method == m.end() || *method != "textDocument/didChange") continue;
    const auto params = m.find("params");
    if (params == m.end() || !params->is_object()) continue;
    const auto doc = params->find("textDocument");
    if (doc == params->end() || !doc->is_object()) continue;
    const auto doc_uri = doc->find("uri");
    if (doc_uri != doc->end() && *doc_uri == uri) return true;
  }
  return false;
}

int serve(std::shared_ptr<lsp::Transport> shared_transport, LspServer& server) {
  auto queue = std::make_shared<MessageQueue>();
  // Detached: at `exit` it may still sit in a blocking read of the input.
  // It holds the transport and the queue itself: a client that writes or
  // closes after `exit` wakes it while main() is already returning.
  std::thread([queue, shared_transport] {
    using Kind = MessageQueue::Item::Kind;
    lsp::Transport& transport = *shared_transport;
    for (;;) {
      lsp::Frame frame = transport.read();
      if (frame.status == lsp::Frame::Status::eof) {
        queue->end_of_input(frame.problem);
        return;
      }
      if (frame.status == lsp::Frame::Status::error) {
        queue->push({Kind::bad_frame, nullptr, lsp::ErrorCode::invalid_request, frame.problem});
        continue;
      }
      std::optional<lsp::json> message = lsp::parse_message(frame.body);
      if (!message) {
        const bool recovered = transport.recover(frame.body);
        queue->push({Kind::bad_frame, nullptr, lsp::ErrorCode::parse_error,
                     recovered ? "the message is not valid JSON (its Content-Length was wrong?); "
                                 "resuming at the next Content-Length header"
                               : "the message is not valid JSON"});
        continue;
      }
      if (!frame.problem.empty()) queue->push({Kind::warning, nullptr, lsp::ErrorCode::parse_error, frame.problem});
      if (message->is_object() && message->value("method", lsp::json()) == "$/cancelRequest") {
        const auto params = message->find("params");
        if (params != message->end() && params->is_object() && params->contains("id")) queue->cancel((*params)["id"]);
      }
      queue->push({Kind::message, std::move(*message), lsp::ErrorCode::parse_error, {}});
    }
  }).detach();

  server.set_cancel_probe([queue](const lsp::json& id) { return queue->take_cancelled(id); });
  server.set_pending_change_probe([queue](const std::string& uri) { return queue->has_change_for(uri); });
  while (!server.exited()) {
    MessageQueue::Item item = queue->pop();
    switch (item.kind) {
      case MessageQueue::Item::Kind::message: server.handle(item.message); break;
      case MessageQueue::Item::Kind::bad_frame: server.handle_bad_frame(item.code, item.text); break;
      case MessageQueue::Item::Kind::warning: server.log_warning(item.text); break;
      case MessageQueue::Item::Kind::end:
        if (!item.text.empty()) server.log_warning(item.text);
        server.handle_end_of_input();
        break;
    }
  }
  return server.exit_code();
}

}  // namespace tactful::server
