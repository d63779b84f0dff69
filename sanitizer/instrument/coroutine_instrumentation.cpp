// libcoroguard-instrument.so: the compiler half of coroguard's coroutine sanitizer. Loaded with
// `clang++ -fpass-plugin=`, it runs at the start of the pipeline, before CoroSplit lowers the
// coroutine intrinsics (at -O0 and -O2 alike), and calls the run-time library
// (runtime/src/sanitizer/) at each transition of every coroutine, whatever its promise type:
//
//   after llvm.coro.begin         __coroguard_san_begin(frame, size, site, ramp function,
//                                                       allocated on the heap?, &slot)
//   before each llvm.coro.save    __coroguard_san_suspend(slot, point, kind)
//   where a suspend resumes       __coroguard_san_resume(slot)
//   where a suspend returns to    __coroguard_san_return()
//   the code that resumed it
//   before llvm.coro.free         __coroguard_san_free(slot)
//
// `slot` is a pointer-sized local of the coroutine that begin fills with the frame's record:
// its address escapes and it lives across every suspension, so CoroSplit keeps it in the
// frame, and no hook has to look the record up.
//
// and at the entry of the event loops' stop and restart (loopControls below), which tell a
// shutdown's cancellations from a frame destroyed by mistake:
//
//   io_context::stop() ...        __coroguard_san_loop_stopped()
//   io_context::restart() ...     __coroguard_san_loop_restarted()
//
// The suspend hook runs before await_suspend: from there on another thread may resume the
// frame. A site and a point are constants laid out as std::source_location's record (file,
// function, line, column) so the run-time library hands them to the debug mode as they are.
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/Demangle/Demangle.h"
#include "llvm/IR/DebugInfoMetadata.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/InstIterator.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/IntrinsicInst.h"
#include "llvm/IR/Intrinsics.h"
#include "llvm/IR/Module.h"
#include "llvm/IR/PassManager.h"
#include "llvm/Passes/PassBuilder.h"
#if __has_include("llvm/Plugins/PassPlugin.h")  // LLVM 22 moved it
#include "llvm/Plugins/PassPlugin.h"
#else
#include "llvm/Passes/PassPlugin.h"
#endif
#include "llvm/Support/Path.h"

#include <string>

using namespace llvm;

namespace {

// Which suspension a coro.suspend is. Clang names the await_suspend wrapper of each after it
// (<coroutine>.__await_suspend_wrapper__init, __await, __yield, __final).
enum class SuspendKind : unsigned { Initial = 0, Await = 1, Yield = 2, Final = 3 };

// A loop stopped on purpose destroys the frames still waiting on it with it: the shutdown
// cancels them (asyncio.run cancels what is left the same way). Header-only libraries define
// these functions in the program's own translation units, where the pass sees them.
struct LoopControl {
  const char* Function;  // demangled
  const char* Hook;
};
constexpr LoopControl loopControls[] = {
    {"boost::asio::io_context::stop()", "__coroguard_san_loop_stopped"},
    {"asio::io_context::stop()", "__coroguard_san_loop_stopped"},
    {"boost::asio::io_context::restart()", "__coroguard_san_loop_restarted"},
    {"asio::io_context::restart()", "__coroguard_san_loop_restarted"},
};

class CoroutineInstrumenter {
 public:
  explicit CoroutineInstrumenter(Module& M)
      : M(M),
        Ctx(M.getContext()),
        Ptr(PointerType::getUnqual(Ctx)),
        I32(Type::getInt32Ty(Ctx)),
        I64(Type::getInt64Ty(Ctx)),
        I1(Type::getInt1Ty(Ctx)),
        Void(Type::getVoidTy(Ctx)),
        Location(StructType::get(Ctx, {Ptr, Ptr, I32, I32})) {
    Begin = M.getOrInsertFunction("__coroguard_san_begin", Void, Ptr, I64, Ptr, Ptr, I1, Ptr);
    Suspend = M.getOrInsertFunction("__coroguard_san_suspend", Void, Ptr, Ptr, I32);
    Resume = M.getOrInsertFunction("__coroguard_san_resume", Void, Ptr);
    Return = M.getOrInsertFunction("__coroguard_san_return", Void);
    Free = M.getOrInsertFunction("__coroguard_san_free", Void, Ptr);
  }

  // Calls the hook of a loop's stop or restart at the function's entry.
  bool instrumentLoopControl(Function& F) {
    std::string Name = demangle(F.getName().str());
    for (const LoopControl& Control : loopControls) {
      if (Name != Control.Function) continue;
      IRBuilder<> B(&*F.getEntryBlock().getFirstInsertionPt());
      B.CreateCall(M.getOrInsertFunction(Control.Hook, Void), {});
      return true;
    }
    return false;
  }

  bool instrument(Function& F) {
    IntrinsicInst* CoroBegin = nullptr;
    Value* HeapAllocated = nullptr;
    SmallVector<IntrinsicInst*, 8> Suspends, Frees;
    for (Instruction& I : instructions(F)) {
      auto* II = dyn_cast<IntrinsicInst>(&I);
      if (!II) continue;
      switch (II->getIntrinsicID()) {
        case Intrinsic::coro_begin: CoroBegin = II; break;
        case Intrinsic::coro_alloc: HeapAllocated = II; break;
        case Intrinsic::coro_suspend: Suspends.push_back(II); break;
        case Intrinsic::coro_free: Frees.push_back(II); break;
        default: break;
      }
    }
    if (!CoroBegin) return false;
    Value* Frame = CoroBegin;
    std::string Name = demangle(F.getName().str());
    DISubprogram* SP = F.getSubprogram();
    Constant* Site = location(SP ? fileOf(SP) : M.getSourceFileName(), Name, SP ? SP->getLine() : 0, 0, "site");

    AllocaInst* Slot =
        IRBuilder<>(&*F.getEntryBlock().getFirstInsertionPt()).CreateAlloca(Ptr, nullptr, "coroguard.record");
    auto Record = [&](IRBuilder<>& At) { return At.CreateLoad(Ptr, Slot, "coroguard.record.value"); };
    IRBuilder<> B(CoroBegin->getNextNode());
    B.SetCurrentDebugLocation(CoroBegin->getDebugLoc());
    B.CreateStore(ConstantPointerNull::get(Ptr), Slot);
    Value* Size = B.CreateIntrinsic(Intrinsic::coro_size, {I64}, {});
    B.CreateCall(Begin, {Frame, Size, Site, &F, HeapAllocated ? HeapAllocated : B.getTrue(), Slot});

    SmallPtrSet<BasicBlock*, 8> ResumeBlocks, ReturnBlocks;
    for (IntrinsicInst* S : Suspends) {
      auto* Save = dyn_cast<IntrinsicInst>(S->getArgOperand(0));
      bool IsFinal = cast<ConstantInt>(S->getArgOperand(1))->isOne();
      SuspendKind Kind = kindOf(Save, IsFinal);
      DILocation* Loc = S->getDebugLoc().get();
      Constant* Point = location(Loc ? fileOf(Loc) : M.getSourceFileName(), Name, Loc ? Loc->getLine() : 0,
                                 Loc ? Loc->getColumn() : 0, "point");
      Instruction* Before = Save && Save->getIntrinsicID() == Intrinsic::coro_save ? Save : S;
      IRBuilder<> SB(Before);
      SB.SetCurrentDebugLocation(S->getDebugLoc());
      SB.CreateCall(Suspend, {Record(SB), Point, SB.getInt32(static_cast<unsigned>(Kind))});

      // switch i8 %suspend: 0 resumes, 1 destroys, the default returns to the resumer.
      for (User* U : S->users()) {
        auto* Switch = dyn_cast<SwitchInst>(U);
        if (!Switch) continue;
        if (ReturnBlocks.insert(Switch->getDefaultDest()).second) {
          IRBuilder<> RB(&*Switch->getDefaultDest()->getFirstInsertionPt());
          RB.SetCurrentDebugLocation(S->getDebugLoc());
          RB.CreateCall(Return, {});
        }
        if (IsFinal) continue;  // resuming a coroutine at its final suspend is undefined
        for (auto Case : Switch->cases()) {
          if (!Case.getCaseValue()->isZero()) continue;
          BasicBlock* Resumed = Case.getCaseSuccessor();
          if (!ResumeBlocks.insert(Resumed).second) continue;
          IRBuilder<> RB(&*Resumed->getFirstInsertionPt());
          RB.SetCurrentDebugLocation(S->getDebugLoc());
          RB.CreateCall(Resume, {Record(RB)});
        }
      }
    }
    for (IntrinsicInst* FreeCall : Frees) {
      IRBuilder<> FB(FreeCall);
      FB.SetCurrentDebugLocation(FreeCall->getDebugLoc());
      FB.CreateCall(Free, {Record(FB)});
    }
    return true;
  }

 private:
  static std::string fileOf(StringRef Directory, StringRef File) {
    if (sys::path::is_absolute(File) || Directory.empty()) return File.str();
    SmallString<256> Path(Directory);
    sys::path::append(Path, File);
    return std::string(Path);
  }
  static std::string fileOf(const DIScope* S) { return fileOf(S->getDirectory(), S->getFilename()); }
  static std::string fileOf(const DILocation* L) { return fileOf(L->getDirectory(), L->getFilename()); }

  static SuspendKind kindOf(IntrinsicInst* Save, bool IsFinal) {
    if (IsFinal) return SuspendKind::Final;
    // The await_suspend wrapper call follows coro.save in its block.
    for (Instruction* I = Save; I; I = I->getNextNode()) {
      auto* Call = dyn_cast<CallBase>(I);
      if (!Call || !Call->getCalledFunction()) continue;
      switch (Call->getCalledFunction()->getIntrinsicID()) {
        case Intrinsic::coro_await_suspend_void:
        case Intrinsic::coro_await_suspend_bool:
        case Intrinsic::coro_await_suspend_handle: {
          StringRef Wrapper = Call->getArgOperand(2)->getName();
          if (Wrapper.ends_with("__init")) return SuspendKind::Initial;
          if (Wrapper.ends_with("__yield")) return SuspendKind::Yield;
          return SuspendKind::Await;
        }
        case Intrinsic::coro_suspend: return SuspendKind::Await;
        default: break;
      }
    }
    return SuspendKind::Await;
  }

  // A private constant {file, function, line, column}: std::source_location's record.
  Constant* location(StringRef File, StringRef Function, unsigned Line, unsigned Column, const char* What) {
    Constant* Fields[] = {string(File), string(Function), ConstantInt::get(I32, Line), ConstantInt::get(I32, Column)};
    auto* G = new GlobalVariable(M, Location, /*isConstant=*/true, GlobalValue::PrivateLinkage,
                                 ConstantStruct::get(Location, Fields), Twine("__coroguard_") + What);
    G->setAlignment(Align(8));
    return G;
  }

  Constant* string(StringRef S) {
    auto [It, Inserted] = Strings.try_emplace(S, nullptr);
    if (Inserted) {
      Constant* Init = ConstantDataArray::getString(Ctx, S);
      auto* G = new GlobalVariable(M, Init->getType(), true, GlobalValue::PrivateLinkage, Init, "__coroguard_str");
      G->setUnnamedAddr(GlobalValue::UnnamedAddr::Global);
      It->second = G;
    }
    return It->second;
  }

  Module& M;
  LLVMContext& Ctx;
  PointerType* Ptr;
  IntegerType *I32, *I64, *I1;
  Type* Void;
  StructType* Location;
  FunctionCallee Begin, Suspend, Resume, Return, Free;
  StringMap<Constant*> Strings;
};

struct CoroutineInstrumentationPass : PassInfoMixin<CoroutineInstrumentationPass> {
  PreservedAnalyses run(Module& M, ModuleAnalysisManager&) {
    CoroutineInstrumenter Instrumenter(M);
    bool Changed = false;
    for (Function& F : M)
      if (!F.isDeclaration())
        Changed |= F.isPresplitCoroutine() ? Instrumenter.instrument(F) : Instrumenter.instrumentLoopControl(F);
    return Changed ? PreservedAnalyses::none() : PreservedAnalyses::all();
  }
  static bool isRequired() { return true; }
};

}  // namespace

extern "C" LLVM_ATTRIBUTE_WEAK PassPluginLibraryInfo llvmGetPassPluginInfo() {
  return {LLVM_PLUGIN_API_VERSION, "coroguard-instrument", "0.1", [](PassBuilder& PB) {
            PB.registerPipelineStartEPCallback(
                [](ModulePassManager& MPM, OptimizationLevel) { MPM.addPass(CoroutineInstrumentationPass()); });
          }};
}
